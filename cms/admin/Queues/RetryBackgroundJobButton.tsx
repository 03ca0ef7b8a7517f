'use client'
import { useState } from 'react'
import type { BackgroundQueueKind } from '../../../scheduler/queues'
import { adminFetch } from '../adminApi'
import { ScriptButton } from '../ScriptControls'

/** 重试 on a failed background job: runs it again now, then has the board read the queues again. */
export function RetryBackgroundJobButton(props: { kind: BackgroundQueueKind; jobId: string; onRetried: () => void }) {
  const [state, setState] = useState<{ busy: boolean; message: string }>({ busy: false, message: '' })
  const retry = async () => {
    setState({ busy: true, message: '' })
    const reply = await adminFetch<{ message: string }>(`/scheduler/background/${props.kind}/${encodeURIComponent(props.jobId)}/retry`, {
      method: 'POST',
      body: {},
    })
    setState({ busy: false, message: reply.ok ? reply.data.message : reply.message })
    if (reply.ok) props.onRetried()
  }
  return (
    <span>
      <ScriptButton data-retry-background-job={props.jobId} disabled={state.busy} onClick={() => void retry()}>
        {state.busy ? '正在重试…' : '重试'}
      </ScriptButton>
      {state.message && <span style={{ marginLeft: 8, fontSize: 12 }}>{state.message}</span>}
    </span>
  )
}
