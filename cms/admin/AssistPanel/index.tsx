'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'
import { isPlatformId, PLATFORM_PROFILES, PLATFORMS } from '../../../lib/platforms'
import { readEventStream } from './readEventStream'
import { type Suggestion, SuggestionCard } from './SuggestionCard'
import { ScriptButton, ScriptInput, ScriptSelect } from '../ScriptControls'

const TASKS = [
  { id: 'titles', label: '标题 ×5' },
  { id: 'digest', label: '摘要' },
  { id: 'weibo', label: '微博文案' },
  { id: 'rewrite', label: '改写到其他平台' },
  { id: 'polish', label: '润色' },
  { id: 'draft', label: '按简报起草' },
] as const
type Result = { suggestions: Suggestion[]; issues: { message: string }[]; offline: boolean }

/** The AI assist beside the editor: streams as it writes, shows findings, writes nothing without a click. */
export function AssistPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const [task, setTask] = useState<(typeof TASKS)[number]['id']>('titles')
  const [platform, setPlatform] = useState<string>(PLATFORMS[0])
  const [instruction, setInstruction] = useState('')
  const [streaming, setStreaming] = useState('')
  const [result, setResult] = useState<Result | null>(null)
  // The task and platform the shown suggestions were made for: changing the selects later must not change their buttons.
  const [ran, setRan] = useState<{ task: string; platform: string }>({ task, platform })
  const [error, setError] = useState<string | null>(null)
  const running = useRef<AbortController | null>(null)
  // Closing the panel (leaving the document) stops the model's request, not just the display.
  useEffect(() => () => running.current?.abort(), [])
  if (!id || collectionSlug !== 'articles') return null

  async function run() {
    running.current?.abort()
    const controller = new AbortController()
    running.current = controller
    setStreaming('')
    setRan({ task, platform })
    setResult(null)
    setError(null)
    try {
      const response = await fetch(`/api/assist/${task}`, {
        method: 'POST',
        credentials: 'include',
        signal: controller.signal,
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ doc: { relationTo: collectionSlug, value: id }, platform, instruction: instruction || undefined }),
      })
      if (!response.ok)
        return setError(
          ((await response.json().catch(() => ({}))) as { errors?: { message: string }[] }).errors?.[0]?.message ??
            `请求失败（${response.status}）`,
        )
      if (!(response.headers.get('content-type') ?? '').includes('event-stream')) return setResult((await response.json()) as Result)
      await readEventStream({
        response,
        onEvent: (event, data) => {
          if (event === 'delta') setStreaming((s) => s + (data as { text: string }).text)
          if (event === 'done') setResult(data as Result)
          if (event === 'error') setError((data as { message: string }).message)
        },
      })
    } catch (e) {
      if ((e as Error).name !== 'AbortError') setError('网络错误，请重试。')
    } finally {
      if (running.current === controller) running.current = null
    }
  }

  return (
    <div style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, margin: '16px 0' }}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <strong>AI 辅助</strong>
        <ScriptSelect value={task} onChange={(e) => setTask(e.target.value as typeof task)}>
          {TASKS.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </ScriptSelect>
        <ScriptSelect value={platform} onChange={(e) => setPlatform(e.target.value)}>
          {PLATFORMS.map((id) => (
            <option key={id} value={id}>
              {PLATFORM_PROFILES[id].shortLabel.zh}
            </option>
          ))}
        </ScriptSelect>
        <ScriptInput
          value={instruction}
          onChange={(e) => setInstruction(e.target.value)}
          placeholder="补充要求（受众、语气、长度）"
          style={{ flex: 1, minWidth: 160 }}
        />
        <ScriptButton className="btn btn--style-primary btn--size-small" onClick={() => void run()}>
          生成
        </ScriptButton>
        <ScriptButton className="btn btn--style-secondary btn--size-small" onClick={() => running.current?.abort()}>
          停止
        </ScriptButton>
      </div>
      {error && <div style={{ color: 'var(--theme-error-500)', marginTop: 8 }}>{error}</div>}
      {streaming && !result && <div style={{ whiteSpace: 'pre-wrap', marginTop: 8, opacity: 0.8 }}>{streaming}</div>}
      {result?.issues.map((issue, i) => (
        <div key={i} style={{ marginTop: 8 }}>
          {issue.message}
        </div>
      ))}
      {result?.suggestions.map((s, i) => (
        <SuggestionCard
          key={i}
          suggestion={s}
          task={ran.task}
          platform={ran.platform}
          platformLabel={isPlatformId(ran.platform) ? PLATFORM_PROFILES[ran.platform].shortLabel.zh : ran.platform}
          onDiscard={() => setResult({ ...result, suggestions: result.suggestions.filter((_, j) => j !== i) })}
        />
      ))}
    </div>
  )
}
