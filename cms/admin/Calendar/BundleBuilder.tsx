'use client'
import { useState } from 'react'
import type { ContentOption } from './useEntryOptions'
import { ScriptButton, ScriptSelect } from '../ScriptControls'

const small = 'btn btn--style-secondary btn--size-small'

/**
 * The 次条 of a multi-article push, in order after the lead: add approved articles (at most `most`),
 * move them up or down, remove them. `chosen` holds option keys.
 */
export function BundleBuilder(props: {
  lead: ContentOption | null
  candidates: ContentOption[]
  chosen: string[]
  most: number
  /** The title of a chosen article, also of one no longer among the candidates (edited since it was added). */
  titleOf: (key: string) => string | undefined
  onChange: (next: string[]) => void
}) {
  const [adding, setAdding] = useState('')
  const addable = props.candidates.filter((option) => option.key !== props.lead?.key && !props.chosen.includes(option.key))
  const full = props.chosen.length >= props.most
  const move = (index: number, by: -1 | 1) => {
    const next = [...props.chosen]
    ;[next[index], next[index + by]] = [next[index + by], next[index]]
    props.onChange(next)
  }
  return (
    <div data-bundle-builder style={{ marginTop: 8 }}>
      <div style={{ fontSize: 12, opacity: 0.8 }}>多图文：头条之后最多再加 {props.most} 篇已定稿的图文，按顺序推送</div>
      <ol style={{ margin: '4px 0', paddingLeft: 20 }}>
        <li data-bundle-lead>
          <strong>头条</strong> {props.lead ? props.lead.title : '（先选择内容）'}
        </li>
        {props.chosen.map((key, index) => (
          <li key={key} data-bundle-item={key}>
            <span>次条 {index + 1}</span> {props.titleOf(key) ?? '（无法读取标题）'}{' '}
            <ScriptButton className={small} aria-label="上移" disabled={index === 0} onClick={() => move(index, -1)}>
              ↑
            </ScriptButton>
            <ScriptButton className={small} aria-label="下移" disabled={index === props.chosen.length - 1} onClick={() => move(index, 1)}>
              ↓
            </ScriptButton>
            <ScriptButton className={small} onClick={() => props.onChange(props.chosen.filter((other) => other !== key))}>
              移除
            </ScriptButton>
          </li>
        ))}
      </ol>
      {props.lead?.relationTo === 'articles' ? (
        <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <ScriptSelect aria-label="添加次条" value={adding} disabled={full} onChange={(e) => setAdding(e.target.value)}>
            <option value="">
              {full ? `已满 ${props.most + 1} 篇` : addable.length > 0 ? '选择已定稿的图文…' : '没有其他已定稿的图文'}
            </option>
            {addable.map((option) => (
              <option key={option.key} value={option.key}>
                {option.title}
              </option>
            ))}
          </ScriptSelect>
          <ScriptButton
            className={small}
            disabled={!adding || full}
            onClick={() => {
              props.onChange([...props.chosen, adding])
              setAdding('')
            }}
          >
            ＋ 添加次条
          </ScriptButton>
        </div>
      ) : (
        props.lead && <div style={{ fontSize: 12 }}>头条是视频或海报时不能带次条。</div>
      )}
    </div>
  )
}
