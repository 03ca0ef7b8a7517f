import type { ReactNode } from 'react'

/** One block of the home page: a heading with an optional count, its rows, or a line saying there are none. */
export function HomeSection(args: { testId: string; title: string; count?: number; alert?: boolean; empty: string; children?: ReactNode }) {
  const { testId, title, count, alert, empty, children } = args
  const red = alert && Boolean(count)
  return (
    <section
      data-testid={testId}
      style={{
        padding: '12px 16px',
        border: `1px solid ${red ? '#cf1322' : 'var(--theme-elevation-150)'}`,
        borderRadius: 4,
        background: 'var(--theme-elevation-0)',
        minWidth: 0,
      }}
    >
      <h3 style={{ margin: '0 0 8px', color: red ? '#cf1322' : undefined }}>
        {title}
        {count ? `（${count}）` : ''}
      </h3>
      {count === 0 ? <p style={{ margin: 0, opacity: 0.7 }}>{empty}</p> : children}
    </section>
  )
}
