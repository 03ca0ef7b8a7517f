import { addDays, zonedDate } from '../../../../lib/zonedTime'
import { TOPIC_STATE_LABELS, type TopicState } from '../../../planning/planningLabels'
import type { MeetingTopic } from './meetingTopic'
import type { MeetingWeek } from './meetingWeek'

export type MeetingDay = { day: string; topics: MeetingTopic[] }
export type MeetingGroups = { days: MeetingDay[]; undated: MeetingTopic[] }

const byDueThenTitle = (a: MeetingTopic, b: MeetingTopic) =>
  (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.title.localeCompare(b.title, 'zh-CN')

/**
 * The week's topics under each day (Monday first, every day present even when empty) by their due
 * date in the team's zone, and the ideas without a due date apart (未定时间). Anything else is left out.
 */
export function groupTopics(args: { topics: MeetingTopic[]; week: MeetingWeek; timeZone: string }): MeetingGroups {
  const days: MeetingDay[] = Array.from({ length: 7 }, (_, index) => ({ day: addDays(args.week.monday, index), topics: [] }))
  const undated: MeetingTopic[] = []
  for (const topic of args.topics) {
    if (topic.dueDate === null) {
      if (topic.state === 'idea') undated.push(topic)
      continue
    }
    const day = zonedDate({ at: new Date(topic.dueDate), timeZone: args.timeZone })
    days.find((slot) => slot.day === day)?.topics.push(topic)
  }
  for (const slot of days) slot.topics.sort(byDueThenTitle)
  undated.sort(byDueThenTitle)
  return { days, undated }
}

/** The week's dated topics, in order: what the counts and 本周全部通过 are about. */
export const weekTopics = (groups: MeetingGroups): MeetingTopic[] => groups.days.flatMap((slot) => slot.topics)

export type StateCounts = Record<TopicState, number>

/** How many topics are in each state (待定 · 已通过 · 制作中 · 已完成), every state present. */
export function countByState(topics: MeetingTopic[]): StateCounts {
  const counts = Object.fromEntries(Object.keys(TOPIC_STATE_LABELS).map((state) => [state, 0])) as StateCounts
  for (const topic of topics) counts[topic.state] += 1
  return counts
}

/** null stands for topics without a pillar. */
export type PillarCount = { pillar: string | null; count: number }

/**
 * Topics per pillar: the team's pillars in their settings order (zero included, so a neglected
 * pillar shows), then pillars no longer in the settings as found, then those with none.
 */
export function countByPillar(args: { topics: MeetingTopic[]; pillars: string[] }): PillarCount[] {
  const counts = new Map<string, number>(args.pillars.map((pillar) => [pillar, 0]))
  for (const topic of args.topics) {
    const pillar = topic.pillar?.trim() || null
    if (pillar !== null) counts.set(pillar, (counts.get(pillar) ?? 0) + 1)
  }
  const none = args.topics.filter((topic) => !topic.pillar?.trim()).length
  const listed = [...counts].map(([pillar, count]) => ({ pillar, count }))
  return none > 0 ? [...listed, { pillar: null, count: none }] : listed
}
