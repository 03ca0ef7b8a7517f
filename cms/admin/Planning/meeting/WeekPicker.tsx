import type { Lang } from './meetingTopic'
import { MEETING_TEXT, weekSpan } from './meetingText'
import type { MeetingWeek } from './meetingWeek'

const PAGE = '/admin/planning/topics'
const LINK = 'btn btn--style-secondary btn--size-small'

/** ‹ 上一周 · 本周 · 下一周 ›, by ?week=<Monday>, and the week's days in the team's zone. */
export function WeekPicker(args: { week: MeetingWeek; lang: Lang; zoneName: string }) {
  const { week, lang } = args
  return (
    <div data-week={week.monday} style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
      <a className={LINK} href={`${PAGE}?week=${week.previousMonday}`} data-week-link="previous">
        {MEETING_TEXT.previousWeek[lang]}
      </a>
      <a className={week.isCurrent ? 'btn btn--style-primary btn--size-small' : LINK} href={PAGE} data-week-link="current">
        {MEETING_TEXT.thisWeek[lang]}
      </a>
      <a className={LINK} href={`${PAGE}?week=${week.nextMonday}`} data-week-link="next">
        {MEETING_TEXT.nextWeek[lang]}
      </a>
      <strong style={{ marginLeft: 8 }}>{weekSpan({ monday: week.monday, sunday: week.sunday, lang })}</strong>
      <span style={{ color: 'var(--theme-elevation-500)' }}>{MEETING_TEXT.timesIn[lang](args.zoneName)}</span>
    </div>
  )
}
