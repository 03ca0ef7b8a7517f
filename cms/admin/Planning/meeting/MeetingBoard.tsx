'use client'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'
import { TOPIC_STATE_LABELS, type TopicState } from '../../../planning/planningLabels'
import { adminFetch } from '../../adminApi'
import { countByState, type MeetingGroups, weekTopics } from './groupTopics'
import type { Lang, MeetingTopic } from './meetingTopic'
import { MEETING_TEXT } from './meetingText'
import { DayTable } from './DayTable'
import { ideasToApprove, MOVE_TARGET, type RowMove } from './rowMoves'
import { ScriptButton } from '../../ScriptControls'

type Id = MeetingTopic['id']
type Board = { groups: MeetingGroups; lang: Lang; timeZone: string; canApprove: boolean }

/**
 * The week's topics under their days, the counts, and for editors 通过 / 退回 per row and
 * 本周全部通过 (one PATCH per topic; a refusal shows on its row and the others still go through).
 */
export function MeetingBoard({ groups, lang, timeZone, canApprove }: Board) {
  const router = useRouter()
  const [moved, setMoved] = useState<Record<string, TopicState>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState<Set<string>>(new Set())
  // Fresh props (after router.refresh) are the truth again.
  useEffect(() => setMoved({}), [groups])

  const shown = (topic: MeetingTopic): MeetingTopic => ({ ...topic, state: moved[String(topic.id)] ?? topic.state })
  const days = groups.days.map((slot) => ({ ...slot, topics: slot.topics.map(shown) }))
  const undated = groups.undated.map(shown)
  const week = weekTopics({ days, undated })
  const counts = countByState(week)

  async function move(args: { id: Id; to: RowMove }): Promise<void> {
    const key = String(args.id)
    setBusy((current) => new Set(current).add(key))
    const result = await adminFetch<{ doc?: { state?: TopicState } }>(`/topics/${encodeURIComponent(key)}`, {
      method: 'PATCH',
      body: { state: MOVE_TARGET[args.to] },
    })
    setBusy((current) => {
      const rest = new Set(current)
      rest.delete(key)
      return rest
    })
    if (result.ok) {
      setMoved((current) => ({ ...current, [key]: result.data.doc?.state ?? MOVE_TARGET[args.to] }))
      setErrors(({ [key]: _cleared, ...rest }) => rest)
    } else {
      const failed = args.to === 'approve' ? MEETING_TEXT.approveFailed : MEETING_TEXT.sendBackFailed
      setErrors((current) => ({ ...current, [key]: `${failed[lang]}：${result.message || MEETING_TEXT.retryHint[lang]}` }))
    }
  }

  async function moveAndRefresh(args: { id: Id; to: RowMove }) {
    await move(args)
    router.refresh()
  }

  async function approveWeek() {
    // One after another: each PATCH is its own save, and a refusal must not stop the rest.
    for (const id of ideasToApprove(week)) await move({ id, to: 'approve' })
    router.refresh()
  }

  const rows = { lang, timeZone, canApprove, errors, busy, onMove: moveAndRefresh }
  const ideas = ideasToApprove(week).length
  return (
    <div data-topic-meeting>
      <p data-state-counts style={{ margin: '8px 0', fontSize: 15 }}>
        {(Object.keys(TOPIC_STATE_LABELS) as TopicState[]).map((state, index) => (
          <span key={state} data-state-count={state}>
            {index > 0 && ' · '}
            {TOPIC_STATE_LABELS[state][lang]} <strong>{counts[state]}</strong>
          </span>
        ))}
      </p>
      {canApprove ? (
        <p>
          <ScriptButton
            className="btn btn--style-primary btn--size-small"
            disabled={ideas === 0 || busy.size > 0}
            title={MEETING_TEXT.approveWeekNote[lang]}
            onClick={() => void approveWeek()}
          >
            {MEETING_TEXT.approveWeek[lang]}
          </ScriptButton>
          <span style={{ marginLeft: 8, color: 'var(--theme-elevation-500)' }}>{MEETING_TEXT.approveWeekNote[lang]}</span>
        </p>
      ) : (
        <p style={{ color: 'var(--theme-elevation-500)' }}>{MEETING_TEXT.readOnlyNote[lang]}</p>
      )}
      {days.map((slot) => (
        <DayTable key={slot.day} day={slot.day} topics={slot.topics} {...rows} />
      ))}
      <DayTable day={null} topics={undated} {...rows} />
    </div>
  )
}
