'use client'
import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { z } from 'zod'
import { useTeamTimezone } from '../useTeamTimezone'
import { deliveryFactsOf, type DeliveryFacts, deliveryViewSchema } from './deliveryFacts'
import { MetricDayForm } from './MetricDayForm'
import { MetricDayTable } from './MetricDayTable'
import { metricRowSchema, type MetricRowView, statsSourceOf, yesterdayIn } from './metricDayModel'

const rowsReplySchema = z.object({ docs: z.array(metricRowSchema) })

/** 数据: the delivery's numbers per day, and a quick form for editors to add or correct a day. */
export function DeliveryMetrics() {
  const { id } = useDocumentInfo()
  const { user } = useAuth<{ role?: string }>()
  const timeZone = useTeamTimezone()
  const [facts, setFacts] = useState<DeliveryFacts | null>(null)
  const [rows, setRows] = useState<MetricRowView[]>([])
  const [loadError, setLoadError] = useState<string | null>(null)
  const yesterday = useMemo(() => yesterdayIn({ now: new Date(), timeZone }), [timeZone])
  const [start, setStart] = useState({ date: yesterday, position: 1 })
  const editorial = user?.role === 'admin' || user?.role === 'editor'

  const load = useCallback(async () => {
    if (!id) return
    const [delivery, metrics] = await Promise.all([
      fetch(`/api/deliveries/${encodeURIComponent(String(id))}?depth=1`, { credentials: 'include' }).then((r) => (r.ok ? r.json() : null)),
      fetch(`/api/post-metrics?where[delivery][equals]=${encodeURIComponent(String(id))}&sort=-date&limit=500&depth=0`, {
        credentials: 'include',
      }).then((r) => (r.ok ? r.json() : null)),
    ]).catch(() => [null, null])
    const parsedDelivery = deliveryViewSchema.safeParse(delivery)
    const parsedRows = rowsReplySchema.safeParse(metrics)
    if (!parsedDelivery.success || !parsedRows.success) return setLoadError('数据读取失败，请刷新页面重试')
    setLoadError(null)
    setFacts(deliveryFactsOf(parsedDelivery.data))
    setRows(parsedRows.data.docs as MetricRowView[])
  }, [id])

  useEffect(() => void load(), [load])
  if (!id || !editorial) return null

  const manual = facts?.platform && facts.kind ? statsSourceOf({ platform: facts.platform, kind: facts.kind }) === 'manual' : false
  return (
    <div style={{ margin: '24px 0' }}>
      <h3 style={{ margin: '0 0 8px' }}>数据</h3>
      {loadError && <div style={{ color: 'var(--theme-error-500)' }}>{loadError}</div>}
      {facts && (
        <>
          <div style={{ fontSize: 13, marginBottom: 8 }}>
            {manual ? (
              <strong style={{ color: 'var(--theme-warning-500)' }}>平台无数据接口，请手动录入</strong>
            ) : (
              <span style={{ opacity: 0.8 }}>
                数据每天从平台接口自动回收；接口缺的或有误的，可以在这里补录或更正（更正后系统不再覆盖这一天）。
              </span>
            )}
            <span style={{ opacity: 0.7, marginLeft: 8 }}>「人数」是去重后的人，「次数」可重复计数，两类数字不能相加。</span>
          </div>
          {facts.published ? (
            <MetricDayForm deliveryId={id} articles={facts.articles} rows={rows} start={start} onSaved={() => void load()} />
          ) : (
            <div style={{ fontSize: 13, opacity: 0.8 }}>发布成功后才能录入数据。</div>
          )}
          <div style={{ marginTop: 12 }}>
            <MetricDayTable
              rows={rows}
              articles={facts.articles}
              onPick={(row) => setStart({ date: row.date, position: row.position ?? 1 })}
            />
          </div>
          {facts.accountName && (
            <div style={{ fontSize: 12, opacity: 0.7, marginTop: 8 }}>整批录入请到平台账号「{facts.accountName}」页面用表格导入。</div>
          )}
        </>
      )}
    </div>
  )
}
