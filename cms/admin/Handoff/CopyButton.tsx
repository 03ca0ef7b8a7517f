'use client'
import { useState } from 'react'
import { copyText } from './copyText'
import { ScriptButton } from '../ScriptControls'

/** 复制: puts one field of the package on the clipboard and says whether that worked. */
export function CopyButton(args: { text: string; testId: string; label?: string }) {
  const [done, setDone] = useState<'copied' | 'failed' | null>(null)
  async function copy() {
    setDone((await copyText(args.text)) ? 'copied' : 'failed')
    window.setTimeout(() => setDone(null), 2000)
  }
  return (
    <ScriptButton data-testid={args.testId} onClick={() => void copy()} style={BUTTON}>
      {done === 'copied' ? '已复制' : done === 'failed' ? '复制失败，请长按文字手动复制' : (args.label ?? '复制')}
    </ScriptButton>
  )
}

const BUTTON = { padding: '6px 14px', fontSize: 14, cursor: 'pointer', whiteSpace: 'nowrap' } as const
