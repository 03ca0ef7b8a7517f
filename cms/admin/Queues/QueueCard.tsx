import type { ReactNode } from 'react'
import type { QueueCounts } from '../../../scheduler/queues'

/**
 * One queue on /admin/queues, platform or background: its name and purpose, whether a worker serves it
 * (red when none does, with what to do), its counts by state (failures in red), then what the caller lists.
 */
export function QueueCard(props: {
  attributes: Record<`data-${string}`, string>
  title: ReactNode
  name: string
  /** What the queue is for, under its name. */
  description?: string
  workers: { count: number; none: string; some: string }
  counts: QueueCounts
  countLabels: Record<keyof QueueCounts, string>
  children?: ReactNode
}) {
  const { workers, counts } = props
  return (
    <section
      {...props.attributes}
      style={{ margin: '16px 0', padding: 12, border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}
    >
      <h3>
        {props.title} <code style={{ fontSize: 12 }}>{props.name}</code>
      </h3>
      {props.description && <p style={{ color: 'var(--theme-elevation-500)' }}>{props.description}</p>}
      <p data-queue-workers style={{ color: workers.count === 0 ? '#cf1322' : undefined }}>
        {workers.count === 0 ? workers.none : `${workers.some}${workers.count}`}
      </p>
      <p>
        {(Object.keys(props.countLabels) as (keyof QueueCounts)[]).map((state) => (
          <span key={state} style={{ marginRight: 16, color: state === 'failed' && counts.failed > 0 ? '#cf1322' : undefined }}>
            {props.countLabels[state]} <strong>{counts[state]}</strong>
          </span>
        ))}
      </p>
      {props.children}
    </section>
  )
}
