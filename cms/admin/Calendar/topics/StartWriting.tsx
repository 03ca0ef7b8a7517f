'use client'
import { useState } from 'react'
import { isPlatformId } from '../../../../lib/platforms'
import type { ContentSlug } from '../../../content'
import { defaultKindFor } from '../../../planning/defaultKindFor'
import { CONTENT_KIND_LABEL } from '../../Home/display'
import { contentSlugsFor } from './contentSlugsFor'
import { startWriting } from './startWriting'
import { ScriptButton, ScriptSelect } from '../../ScriptControls'

/**
 * 开始写作 on a 选题's slot: the kind of draft (the account's platform's first kind by default), then
 * the draft is made, the waiting slots take it, and its edit page opens.
 */
export function StartWriting(props: { topicId: string | number; title: string; platform: string | null }) {
  const kinds = contentSlugsFor(props.platform ?? '')
  const [kind, setKind] = useState<ContentSlug | ''>(props.platform && isPlatformId(props.platform) ? defaultKindFor(props.platform) : '')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  if (kinds.length === 0) return null
  async function start() {
    if (!kind || busy) return
    setBusy(true)
    setError(null)
    const reply = await startWriting({ topicId: props.topicId, kind })
    if (reply.ok) return window.location.assign(reply.editUrl)
    setBusy(false)
    setError(reply.message)
  }
  return (
    <div style={{ display: 'flex', gap: 4, alignItems: 'center', flexWrap: 'wrap', marginTop: 2 }}>
      <ScriptSelect
        aria-label={`「${props.title}」写成`}
        data-start-kind={String(props.topicId)}
        value={kind}
        onChange={(e) => setKind(e.target.value as ContentSlug)}
        style={{ fontSize: 11 }}
      >
        {kinds.map((slug) => (
          <option key={slug} value={slug}>
            {CONTENT_KIND_LABEL[slug]}
          </option>
        ))}
      </ScriptSelect>
      <ScriptButton
        data-start-topic={String(props.topicId)}
        disabled={busy}
        onClick={() => void start()}
        style={{ fontSize: 11, cursor: busy ? 'wait' : 'pointer' }}
      >
        {busy ? '正在建稿…' : '开始写作'}
      </ScriptButton>
      {error && (
        <span role="alert" style={{ color: '#cf1322', fontSize: 11, whiteSpace: 'normal' }}>
          {error}
        </span>
      )}
    </div>
  )
}
