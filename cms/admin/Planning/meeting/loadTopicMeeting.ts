import type { PayloadRequest } from 'payload'
import type { Topic } from '../../../payload-types'
import type { MeetingTopic } from './meetingTopic'
import type { MeetingWeek } from './meetingWeek'

export type TopicMeetingData = { topics: MeetingTopic[]; pillars: string[] }

const nameOf = (value: unknown): string | null =>
  typeof value === 'object' && value !== null && 'name' in value && typeof value.name === 'string' ? value.name : null

type TopicRow = Pick<Topic, 'id' | 'title' | 'pillar' | 'source' | 'owner' | 'accounts' | 'dueDate' | 'state'>

function meetingTopicOf(topic: TopicRow): MeetingTopic {
  return {
    id: topic.id,
    title: topic.title,
    pillar: topic.pillar ?? null,
    source: topic.source ?? null,
    ownerName: nameOf(topic.owner) ?? '',
    accountNames: (topic.accounts ?? []).map(nameOf).filter((name): name is string => name !== null),
    dueDate: topic.dueDate ?? null,
    state: topic.state,
  }
}

/**
 * What the 选题会 shows, read with the person's own access: the topics due in the week, the ideas
 * with no due date yet, and the team's pillars (策划设置) for the per-pillar counts.
 */
export async function loadTopicMeeting(args: { req: PayloadRequest; week: MeetingWeek }): Promise<TopicMeetingData> {
  const { req, week } = args
  const asUser = { req, user: req.user, overrideAccess: false } as const
  const [found, settings] = await Promise.all([
    req.payload.find({
      collection: 'topics',
      ...asUser,
      where: {
        or: [
          { and: [{ dueDate: { greater_than_equal: week.start } }, { dueDate: { less_than: week.end } }] },
          { and: [{ dueDate: { exists: false } }, { state: { equals: 'idea' } }] },
        ],
      },
      sort: 'dueDate',
      pagination: false,
      depth: 1,
      select: { title: true, pillar: true, source: true, owner: true, accounts: true, dueDate: true, state: true },
      populate: { users: { name: true }, 'platform-accounts': { name: true } },
    }),
    req.payload.findGlobal({ slug: 'planning-settings', ...asUser, depth: 0 }),
  ])
  return {
    topics: found.docs.map(meetingTopicOf),
    pillars: (settings.pillars ?? []).map((pillar) => pillar.name),
  }
}
