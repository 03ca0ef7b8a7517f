'use client'
import { TOPIC_SOURCE_LABELS, TOPIC_STATE_LABELS } from '../../../planning/planningLabels'
import type { RowProps } from './DayTable'
import type { MeetingTopic } from './meetingTopic'
import { dueClock, MEETING_TEXT } from './meetingText'
import { movesFor } from './rowMoves'
import { ScriptButton } from '../../ScriptControls'

const CELL = { padding: '6px 8px 6px 0', verticalAlign: 'top' } as const
const MOVE_LABEL = { approve: MEETING_TEXT.approve, sendBack: MEETING_TEXT.sendBack } as const
const MOVE_STYLE = { approve: 'btn--style-primary', sendBack: 'btn--style-secondary' } as const

/** One topic: title (to its edit page), pillar, source, owner, accounts, due time, state; editors get its moves. */
export function TopicRow({ topic, lang, timeZone, canApprove, errors, busy, onMove }: RowProps & { topic: MeetingTopic }) {
  const key = String(topic.id)
  const error = errors[key]
  const working = busy.has(key)
  return (
    <tr data-topic-id={key} data-topic-state={topic.state} style={{ borderBottom: '1px solid var(--theme-elevation-100)' }}>
      <td style={CELL}>
        <a href={`/admin/collections/topics/${encodeURIComponent(key)}`}>{topic.title}</a>
        {error && (
          <div role="alert" data-topic-error style={{ color: '#cf1322', fontSize: 13, marginTop: 4 }}>
            {error}
          </div>
        )}
      </td>
      <td style={CELL}>{topic.pillar || '—'}</td>
      <td style={CELL}>{topic.source ? TOPIC_SOURCE_LABELS[topic.source][lang] : '—'}</td>
      <td style={CELL}>{topic.ownerName || MEETING_TEXT.noOwner[lang]}</td>
      <td style={CELL}>
        {topic.accountNames.length > 0 ? topic.accountNames.join(MEETING_TEXT.listSeparator[lang]) : MEETING_TEXT.noAccounts[lang]}
      </td>
      <td style={CELL}>{topic.dueDate ? dueClock({ at: topic.dueDate, timeZone }) : '—'}</td>
      <td style={CELL} data-topic-state-label>
        {TOPIC_STATE_LABELS[topic.state][lang]}
      </td>
      {canApprove && (
        <td style={{ ...CELL, whiteSpace: 'nowrap' }}>
          {working
            ? MEETING_TEXT.working[lang]
            : movesFor(topic.state).map((to) => (
                <ScriptButton
                  key={to}
                  className={`btn ${MOVE_STYLE[to]} btn--size-small`}
                  style={{ margin: 0 }}
                  onClick={() => void onMove({ id: topic.id, to })}
                >
                  {MOVE_LABEL[to][lang]}
                </ScriptButton>
              ))}
        </td>
      )}
    </tr>
  )
}
