'use client'
import { useCallback, useEffect, useState } from 'react'
import type { QueuesOverview } from '../../../scheduler/queues'
import { adminFetch } from '../adminApi'
import { zoneLabel } from '../../calendar/zoneLabel'
import { platformLabel } from '../labels'
import { BackgroundQueues } from './BackgroundQueues'
import { QueueCard } from './QueueCard'
import { type QueuedDelivery, queueRowLabel } from './queueRowLabel'

const STATE_LABELS = { active: '正在执行', waiting: '等待执行', delayed: '等待到点', failed: '任务出错' } as const
const REFRESH_MS = 5000

const teamTime = (iso: string, timeZone: string) => new Date(iso).toLocaleString('sv-SE', { timeZone, hour12: false }).slice(0, 19)

/** Counts per queue, whether a worker listens, and the jobs; refreshed every few seconds. */
export function QueuesBoard({ timeZone }: { timeZone: string }) {
  const [overview, setOverview] = useState<QueuesOverview | null>(null)
  const [deliveries, setDeliveries] = useState<Map<string, QueuedDelivery>>(new Map())
  const [error, setError] = useState('')

  const load = useCallback(async (signal?: AbortSignal) => {
    const result = await adminFetch<QueuesOverview>('/scheduler/queues', { signal })
    if (result.ok) {
      setOverview(result.data)
      setError('')
      if (result.data.redis === 'ok') setDeliveries(await deliveriesOf({ overview: result.data.queues, signal }))
    } else if (result.message) setError(result.message)
  }, [])

  useEffect(() => {
    const controller = new AbortController()
    void load(controller.signal)
    const timer = setInterval(() => void load(controller.signal), REFRESH_MS)
    return () => {
      controller.abort()
      clearInterval(timer)
    }
  }, [load])

  if (error) return <p style={{ color: '#cf1322' }}>{error}</p>
  if (!overview) return <p>正在读取队列…</p>
  if (overview.redis !== 'ok') return <p style={{ color: '#cf1322' }}>{overview.message}</p>
  return (
    <div>
      <p style={{ color: 'var(--theme-elevation-500)' }}>
        数据库是发布的记录，队列只负责按时触发；每分钟的对账任务会补上缺失的任务。时间为{zoneLabel(timeZone)}。
      </p>
      {overview.queues.map((queue) => (
        <QueueCard
          key={queue.name}
          attributes={{ 'data-queue': queue.platform }}
          title={platformLabel(queue.platform)}
          name={queue.name}
          workers={{
            count: queue.workers,
            none: '没有发布进程在监听这个队列：到点的内容不会发出。请用 npm run up 或 npm run worker 启动发布进程。',
            some: '发布进程连接数：',
          }}
          counts={queue.counts}
          countLabels={STATE_LABELS}
        >
          {queue.jobs.length > 0 && (
            <table style={{ width: '100%', fontSize: 13 }}>
              <thead>
                <tr>
                  <th align="left">内容</th>
                  <th align="left">发布账号</th>
                  <th align="left">状态</th>
                  <th align="left">时间</th>
                  <th align="left">已尝试</th>
                  <th align="left">出错原因</th>
                </tr>
              </thead>
              <tbody>
                {queue.jobs.map((job) => (
                  <tr key={`${job.state}-${job.id}`}>
                    <QueueJobCells
                      label={queueRowLabel({
                        jobId: job.id,
                        deliveryId: job.deliveryId,
                        delivery: job.deliveryId === null ? undefined : deliveries.get(String(job.deliveryId)),
                      })}
                    />
                    <td>{STATE_LABELS[job.state]}</td>
                    <td>{teamTime(job.at, timeZone)}</td>
                    <td>{job.attemptsMade}</td>
                    <td>{job.failedReason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </QueueCard>
      ))}
      <BackgroundQueues queues={overview.background} teamTime={(iso) => teamTime(iso, timeZone)} onChanged={() => void load()} />
    </div>
  )
}

function QueueJobCells({ label }: { label: ReturnType<typeof queueRowLabel> }) {
  return (
    <>
      <td data-queue-title>{label.href ? <a href={label.href}>{label.title}</a> : label.title}</td>
      <td data-queue-account>{label.account}</td>
    </>
  )
}

type QueueList = Extract<QueuesOverview, { redis: 'ok' }>['queues']

/** The listed jobs' deliveries with their item and account, in one read. */
async function deliveriesOf(args: { overview: QueueList; signal?: AbortSignal }): Promise<Map<string, QueuedDelivery>> {
  const ids = [
    ...new Set(args.overview.flatMap((queue) => queue.jobs.flatMap((job) => (job.deliveryId === null ? [] : [String(job.deliveryId)])))),
  ]
  if (ids.length === 0) return new Map()
  const where = ids.map((id, i) => `where[id][in][${i}]=${encodeURIComponent(id)}`).join('&')
  const reply = await adminFetch<{ docs: QueuedDelivery[] }>(`/deliveries?${where}&depth=1&limit=${ids.length}`, { signal: args.signal })
  return reply.ok ? new Map(reply.data.docs.map((doc) => [String(doc.id), doc])) : new Map()
}
