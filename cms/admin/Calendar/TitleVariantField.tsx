'use client'
import { ScriptSelect } from '../ScriptControls'

/**
 * Which title the slot sends (title tests): 标题 1 is the item's own title, then its candidates. Shown
 * only for an item that has candidates (or a slot that already chose one).
 */
export function TitleVariantField(props: {
  title: string
  candidates: readonly string[]
  value: number
  onChange: (value: number) => void
}) {
  const options = [props.title, ...props.candidates]
  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'center', marginTop: 8, fontSize: 13 }}>
      <label htmlFor="entry-title-variant">发布标题</label>
      <ScriptSelect
        id="entry-title-variant"
        aria-label="发布标题"
        value={String(props.value)}
        onChange={(e) => props.onChange(Number(e.target.value))}
      >
        {options.map((text, index) => (
          <option key={index} value={String(index + 1)}>
            标题 {index + 1}
            {index === 0 ? '（正文标题）' : ''}：{text || '（空）'}
          </option>
        ))}
        {props.value > options.length && <option value={String(props.value)}>标题 {props.value}（这条内容已没有这个备选标题）</option>}
      </ScriptSelect>
      <span style={{ opacity: 0.7, fontSize: 12 }}>标题测试：同一内容的不同排期选不同标题，数据回来后在内容页看哪个胜出</span>
    </div>
  )
}
