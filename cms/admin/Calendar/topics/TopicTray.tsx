'use client'
import { useState } from 'react'
import { TOPIC_DRAG_TYPE, type useTopicPlacing } from './useTopicPlacing'
import { ScriptButton, ScriptSelect } from '../../ScriptControls'

type Placing = ReturnType<typeof useTopicPlacing>

/**
 * 待排选题: approved 选题 as chips to drag onto a day of the calendar (a slot held for the draft, 10:00
 * by default); when the topic has several target accounts or none, a small picker asks which.
 */
export function TopicTray(props: { placing: Placing; hint: string }) {
  const { topics, picking, message } = props.placing
  return (
    <section
      data-testid="topic-tray"
      style={{ margin: '0 0 12px', padding: 8, border: '1px dashed var(--theme-elevation-250)', borderRadius: 4 }}
    >
      <div style={{ display: 'flex', gap: 6, alignItems: 'center', flexWrap: 'wrap' }}>
        <strong style={{ fontSize: 13 }}>待排选题</strong>
        {topics.length === 0 ? (
          <span style={{ fontSize: 12, opacity: 0.7 }}>没有待排的选题：选题在「选题会」通过后出现在这里。</span>
        ) : (
          <span style={{ fontSize: 12, opacity: 0.7 }}>{props.hint}</span>
        )}
        {topics.map((topic) => (
          <span
            key={topic.id}
            data-topic-chip={String(topic.id)}
            draggable
            onDragStart={(event) => {
              event.dataTransfer.setData(TOPIC_DRAG_TYPE, String(topic.id))
              event.dataTransfer.effectAllowed = 'copy'
            }}
            title={`${topic.title}${topic.dueDate ? ` · 交稿 ${topic.dueDate.slice(0, 10)}` : ''}${
              topic.accounts.length > 0 ? ` · ${topic.accounts.map((a) => a.name).join('、')}` : ''
            }`}
            style={{
              fontSize: 12,
              padding: '2px 8px',
              borderRadius: 12,
              border: '1px solid #d48806',
              background: '#fffbe6',
              color: '#614700',
              cursor: 'grab',
              maxWidth: 260,
              overflow: 'hidden',
              textOverflow: 'ellipsis',
              whiteSpace: 'nowrap',
            }}
          >
            {topic.title}
          </span>
        ))}
      </div>
      {picking && <AccountPicker key={`${picking.topic.id}-${picking.date}`} placing={props.placing} />}
      {message && (
        <div
          data-testid="topic-tray-message"
          data-kind={message.kind}
          role={message.kind === 'refused' ? 'alert' : 'status'}
          style={{ marginTop: 6, fontSize: 12, color: message.kind === 'refused' ? '#cf1322' : undefined }}
        >
          {message.text}
        </div>
      )}
    </section>
  )
}

function AccountPicker(props: { placing: Placing }) {
  const { picking, busy } = props.placing
  const [account, setAccount] = useState('')
  if (!picking) return null
  return (
    <div data-testid="topic-account-picker" style={{ display: 'flex', gap: 6, alignItems: 'center', flexWrap: 'wrap', marginTop: 6 }}>
      <span style={{ fontSize: 12 }}>
        把「{picking.topic.title}」排到 {picking.date} 的哪个账号？
      </span>
      {picking.options.length === 0 ? (
        <span style={{ fontSize: 12, color: '#cf1322' }}>没有可用的目标账号：请先在选题里选好目标账号，或在「发布账号」里添加账号。</span>
      ) : (
        <ScriptSelect aria-label="发布账号" value={account} onChange={(e) => setAccount(e.target.value)}>
          <option value="">选择账号…</option>
          {picking.options.map((a) => (
            <option key={a.id} value={String(a.id)}>
              {a.name}
            </option>
          ))}
        </ScriptSelect>
      )}
      <ScriptButton
        className="btn btn--style-primary btn--size-small"
        disabled={!account || busy}
        onClick={() => props.placing.pick(picking.options.find((a) => String(a.id) === account)?.id ?? account)}
      >
        排上
      </ScriptButton>
      <ScriptButton className="btn btn--style-secondary btn--size-small" onClick={props.placing.cancel}>
        取消
      </ScriptButton>
    </div>
  )
}
