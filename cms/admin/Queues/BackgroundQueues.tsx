'use client'
import { useEffect, useState } from 'react'
import type { BackgroundQueueView } from '../../../scheduler/queues'
import { adminFetch } from '../adminApi'
import { OutwardBacklog } from './OutwardBacklog'
import { QueueCard } from './QueueCard'
import { RetryBackgroundJobButton } from './RetryBackgroundJobButton'
import { BACKGROUND_QUEUE_LABELS, backgroundJobLabel, type SubjectNames, subjectKey } from './backgroundJobLabel'

const COUNT_LABELS = { active: '正在执行', waiting: '排队中', delayed: '定时或等待重试', failed: '出错' } as const
const JOB_STATE_LABELS = { active: '正在执行', retrying: '出错，等待重试', failed: '出错，已放弃' } as const
const NAME_FIELDS = { media: 'filename', 'platform-accounts': 'name' } as const

type Props = { queues: BackgroundQueueView[]; teamTime: (iso: string) => string; onChanged: () => void }

/** The worker's other queues: is a worker there, when the daily runs come next, and what failed with its reason. */
export function BackgroundQueues({ queues, teamTime, onChanged }: Props) {
  const names = useSubjectNames(queues)
  return (
    <section data-background-queues style={{ marginTop: 32 }}>
      <h2>后台任务</h2>
      {queues.map((queue) => {
        const label = BACKGROUND_QUEUE_LABELS[queue.kind]
        return (
          <QueueCard
            key={queue.name}
            attributes={{ 'data-background-queue': queue.kind }}
            title={label.title}
            name={queue.name}
            description={label.what}
            workers={{
              count: queue.workers,
              none: '没有后台进程在处理这个队列：这些任务不会执行。请用 npm run up 或 npm run worker 启动。',
              some: '后台进程连接数：',
            }}
            counts={queue.counts}
            countLabels={COUNT_LABELS}
          >
            {queue.kind === 'notify' && <OutwardBacklog refreshKey={queue} />}
            {queue.schedules.length === 0 && <p data-background-next>{label.schedule}：尚未排定，后台进程启动后会自动排定。</p>}
            {queue.schedules.map((schedule) => (
              <p key={schedule.id} data-background-next>
                {label.schedule}下次运行：{schedule.next ? teamTime(schedule.next) : '未排定'}
              </p>
            ))}
            {queue.jobs.length > 0 && (
              <table style={{ width: '100%', fontSize: 13 }}>
                <thead>
                  <tr>
                    <th align="left">对象</th>
                    <th align="left">状态</th>
                    <th align="left">时间</th>
                    <th align="left">已尝试</th>
                    <th align="left">出错原因</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {queue.jobs.map((job) => {
                    const row = backgroundJobLabel(job, names)
                    return (
                      <tr key={`${job.state}-${job.id}`} data-background-job={job.state}>
                        <td>{row.href ? <a href={row.href}>{row.title}</a> : row.title}</td>
                        <td>{JOB_STATE_LABELS[job.state]}</td>
                        <td>{teamTime(job.at)}</td>
                        <td>{job.attemptsMade}</td>
                        <td>{job.failedReason ?? ''}</td>
                        <td>
                          {job.state === 'failed' && <RetryBackgroundJobButton kind={queue.kind} jobId={job.id} onRetried={onChanged} />}
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            )}
          </QueueCard>
        )
      })}
    </section>
  )
}

/** The names of the listed jobs' images and accounts, one read per collection, again only when the listed ones change. */
function useSubjectNames(queues: BackgroundQueueView[]): SubjectNames {
  const subjects = queues.flatMap((queue) => queue.jobs.flatMap((job) => (job.subject ? [job.subject] : [])))
  const key = [...new Set(subjects.map(subjectKey))].sort().join(',')
  const [names, setNames] = useState<SubjectNames>(new Map())
  useEffect(() => {
    if (!key) return
    const controller = new AbortController()
    const wanted = key.split(',').map((entry) => {
      const at = entry.indexOf(':')
      return { collection: entry.slice(0, at) as keyof typeof NAME_FIELDS, id: entry.slice(at + 1) }
    })
    void Promise.all(
      (Object.keys(NAME_FIELDS) as (keyof typeof NAME_FIELDS)[]).map(async (collection) => {
        const ids = wanted.filter((subject) => subject.collection === collection).map((subject) => subject.id)
        if (ids.length === 0) return []
        const field = NAME_FIELDS[collection]
        const where = ids.map((id, i) => `where[id][in][${i}]=${encodeURIComponent(id)}`).join('&')
        const reply = await adminFetch<{ docs: ({ id: string | number } & Record<string, unknown>)[] }>(
          `/${collection}?${where}&depth=0&limit=${ids.length}&select[${field}]=true`,
          { signal: controller.signal },
        )
        if (!reply.ok) return []
        return reply.data.docs.map((doc) => [`${collection}:${doc.id}`, String(doc[field] ?? '')] as const)
      }),
    ).then((found) => {
      if (!controller.signal.aborted) setNames(new Map(found.flat().filter(([, name]) => name)))
    })
    return () => controller.abort()
  }, [key])
  return names
}
