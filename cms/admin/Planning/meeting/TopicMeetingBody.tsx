import type { PayloadRequest } from 'payload'
import { timezoneLabel } from '../../labels'
import { countByPillar, groupTopics, weekTopics } from './groupTopics'
import { loadTopicMeeting } from './loadTopicMeeting'
import type { Lang } from './meetingTopic'
import { MEETING_TEXT } from './meetingText'
import type { MeetingWeek } from './meetingWeek'
import { MeetingBoard } from './MeetingBoard'
import { PillarCounts } from './PillarCounts'
import { WeekPicker } from './WeekPicker'

/** The 选题会 for one week: picker, 新建选题, counts per pillar, and the board of topics by day. */
export async function TopicMeetingBody(args: {
  req: PayloadRequest
  week: MeetingWeek
  timeZone: string
  lang: Lang
  canApprove: boolean
}) {
  const { week, timeZone, lang } = args
  const data = await loadTopicMeeting({ req: args.req, week })
  const groups = groupTopics({ topics: data.topics, week, timeZone })
  return (
    <div data-testid="topic-meeting" style={{ paddingBottom: 48 }}>
      {week.askedInvalid && <p style={{ color: '#cf1322' }}>{MEETING_TEXT.badWeek[lang]}</p>}
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 16, flexWrap: 'wrap' }}>
        <WeekPicker week={week} lang={lang} zoneName={lang === 'zh' ? timezoneLabel(timeZone) : timeZone} />
        <a className="btn btn--style-primary btn--size-small" href="/admin/collections/topics/create" data-new-topic>
          {MEETING_TEXT.createTopic[lang]}
        </a>
      </div>
      <PillarCounts counts={countByPillar({ topics: weekTopics(groups), pillars: data.pillars })} lang={lang} />
      <MeetingBoard groups={groups} lang={lang} timeZone={timeZone} canApprove={args.canApprove} />
    </div>
  )
}
