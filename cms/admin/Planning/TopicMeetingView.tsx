import type { AdminViewServerProps } from 'payload'
import { env } from '../../../lib/env'
import { hasRole } from '../../access/roles'
import { AdminViewFrame } from '../AdminViewFrame'
import { MEETING_TEXT, langOf } from './meeting/meetingText'
import { meetingWeek } from './meeting/meetingWeek'
import { TopicMeetingBody } from './meeting/TopicMeetingBody'

/**
 * /admin/planning/topics, the weekly 选题会: the week's topics by due day (?week=<Monday>, team zone),
 * for everyone to read; editors and admins approve or send back here.
 */
export function TopicMeetingView(view: AdminViewServerProps) {
  const { req } = view.initPageResult
  const lang = langOf(req.i18n?.language)
  const week = meetingWeek({ asked: view.searchParams?.week, now: new Date(), timeZone: env.APP_TIMEZONE })
  return (
    <AdminViewFrame
      view={view}
      title={MEETING_TEXT.title[lang]}
      render={(user) => (
        <TopicMeetingBody req={req} week={week} timeZone={env.APP_TIMEZONE} lang={lang} canApprove={hasRole(user, 'admin', 'editor')} />
      )}
    />
  )
}
