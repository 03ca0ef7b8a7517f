'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { isPlatformId, PLATFORM_LABELS } from '../../../lib/platforms'
import { dayOf, timeOf } from '../../calendar/calendarGrid'
import { DELIVERY_STATE_LABELS, type DeliveryState } from '../../workflow/deliveryStates'
import { useTeamTimezone } from '../useTeamTimezone'
import { SETTLE_DAYS } from '../../analytics/titleTests/decideTitleTest'
import { type TitleTestReply, titleTestReply } from './titleTestReply'

const METRIC_WORDS = { readers: '阅读人数（人）', plays: '播放量（次）', interactions: '互动数（次）' } as const
const OUTCOME_COLOR = { winner: '#389e0d', tie: '#8c8c8c', insufficient: '#d48806', mixed: '#d48806', untested: '#8c8c8c' } as const

const platformName = (platform: string | null) => (platform && isPlatformId(platform) ? PLATFORM_LABELS[platform].zh : (platform ?? ''))
const stateName = (state: string) => (state in DELIVERY_STATE_LABELS ? DELIVERY_STATE_LABELS[state as DeliveryState].zh : state)
const number = (value: number | null) => (value === null ? '—' : Math.round(value).toLocaleString('zh-CN'))

/** 标题测试: each title of the item, where it went, its numbers per platform, and which one won. */
export function TitleTestResults() {
  const { id, collectionSlug } = useDocumentInfo()
  const timeZone = useTeamTimezone()
  const [test, setTest] = useState<TitleTestReply | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!id || !collectionSlug) return
    const controller = new AbortController()
    void fetch(`/api/analytics/title-tests/${collectionSlug}/${encodeURIComponent(String(id))}`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then(async (response) => {
        const parsed = titleTestReply.safeParse(await response.json().catch(() => null))
        if (parsed.success) setTest(parsed.data)
        else setError(response.ok ? '标题测试结果的格式不对，请联系管理员。' : `没能读取标题测试结果（${response.status}）。`)
      })
      .catch(() => !controller.signal.aborted && setError('网络错误，没能读取标题测试结果。'))
    return () => controller.abort()
  }, [id, collectionSlug])

  if (error) return <div style={{ color: 'var(--theme-error-500)', fontSize: 12 }}>{error}</div>
  // Nothing to show for an item with one title that never went out under another.
  if (!test || test.candidates.length < 2) return null
  const { verdict } = test
  const when = (at: string | null) => (at ? `${dayOf({ at, timeZone })} ${timeOf({ at, timeZone })}` : '')
  return (
    <div data-title-test style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, margin: '16px 0' }}>
      <div style={{ fontWeight: 600 }}>标题测试</div>
      <div data-title-test-verdict={verdict.outcome} style={{ color: OUTCOME_COLOR[verdict.outcome], margin: '4px 0 8px' }}>
        {verdict.reason}
      </div>
      <table style={{ width: '100%', fontSize: 12, borderCollapse: 'collapse' }}>
        <tbody>
          {test.candidates.map((candidate) => (
            <tr key={candidate.variant} style={{ borderTop: '1px solid var(--theme-elevation-100)', verticalAlign: 'top' }}>
              <td style={{ padding: '4px 8px 4px 0', whiteSpace: 'nowrap' }}>
                {verdict.winner === candidate.variant ? '🏆 ' : ''}标题 {candidate.variant}
                {candidate.variant === 1 ? '（正文标题）' : ''}
              </td>
              <td style={{ padding: '4px 8px 4px 0' }}>
                <div>{candidate.title || '（这个备选标题已被删除）'}</div>
                {candidate.placements.length === 0 ? (
                  <div style={{ opacity: 0.6 }}>还没有排期或发布</div>
                ) : (
                  candidate.placements.map((placement) => (
                    <div key={String(placement.delivery)} style={{ opacity: 0.75 }}>
                      {placement.account?.name ?? '（账号已删除）'} · {platformName(placement.platform)} · {when(placement.at)} ·{' '}
                      {stateName(placement.state)}
                      {placement.url && (
                        <>
                          {' · '}
                          <a href={placement.url} target="_blank" rel="noreferrer">
                            查看
                          </a>
                        </>
                      )}
                    </div>
                  ))
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {verdict.platforms.map((platform) => (
        <div key={platform.platform} style={{ marginTop: 8, fontSize: 12 }}>
          <div>
            <strong>{platformName(platform.platform)}</strong>
            {platform.metric ? ` · 比较每条平均${METRIC_WORDS[platform.metric]}，取发布当天起 ${SETTLE_DAYS + 1} 天` : ''} ·{' '}
            {platform.reason}
          </div>
          {platform.variants.map((variant) => (
            <div key={variant.variant} style={{ opacity: 0.75 }}>
              标题 {variant.variant}：{variant.posts} 条发布，{variant.counted} 条数据完整，平均 {number(variant.average)}
            </div>
          ))}
        </div>
      ))}
    </div>
  )
}
