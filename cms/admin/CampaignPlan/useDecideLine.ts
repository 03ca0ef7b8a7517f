'use client'
import { useForm } from '@payloadcms/ui'
import { useCallback, useState } from 'react'
import { adminFetch } from '../adminApi'
import type { StoredBudgetLine } from './campaignPlanReply'
import { decidedLines } from './decidedLines'

type Decision = { rowId: string; approval: 'approved' | 'rejected' }

/**
 * 批准 / 不批准 one line: PATCH the stored lines with that row's approval changed, then bring the
 * open form's row up to date, so the editor's next save carries the decision instead of undoing it.
 */
export function useDecideLine(args: { id: string | number | undefined; stored: readonly StoredBudgetLine[]; onDone: () => void }) {
  const { dispatchFields, getFields } = useForm()
  const [busyRow, setBusyRow] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const { id, stored, onDone } = args
  const decide = useCallback(
    async (decision: Decision) => {
      const body = id === undefined ? null : decidedLines({ stored, ...decision })
      if (id === undefined || body === null) return setError('这一项已不在保存的预算里，请刷新页面后再试。')
      setBusyRow(decision.rowId)
      setError(null)
      const reply = await adminFetch<{ doc?: { budgetLines?: StoredBudgetLine[] } }>(
        `/campaigns/${encodeURIComponent(String(id))}?depth=0`,
        {
          method: 'PATCH',
          body,
        },
      )
      setBusyRow(null)
      if (!reply.ok) return setError(reply.message || '没能保存审批，请稍后重试。')
      const saved = reply.data.doc?.budgetLines?.find((line) => line.id === decision.rowId)
      const fields = getFields()
      const row = Object.keys(fields).find((path) => /^budgetLines\.\d+\.id$/.test(path) && fields[path]?.value === decision.rowId)
      if (row && saved) {
        const prefix = row.slice(0, -'id'.length)
        dispatchFields({ type: 'UPDATE', path: `${prefix}approval`, value: saved.approval })
        dispatchFields({ type: 'UPDATE', path: `${prefix}approvedBy`, value: saved.approvedBy })
        dispatchFields({ type: 'UPDATE', path: `${prefix}approvedAt`, value: saved.approvedAt })
      }
      onDone()
    },
    [id, stored, onDone, dispatchFields, getFields],
  )
  return { decide, busyRow, error }
}
