'use client'
import type { RankedPost } from '../../analytics/targets/replies'
import { dayOf, timeOf } from '../../calendar/calendarGrid'

const GROUPS = [
  { rankBy: 'readers', title: '按阅读人数排名', column: '阅读人数（人）', main: (post: RankedPost) => post.numbers.readers },
  { rankBy: 'plays', title: '按播放量排名', column: '播放量（次）', main: (post: RankedPost) => post.numbers.plays },
  {
    rankBy: 'interactions',
    title: '按互动数排名（平台不提供阅读和播放数据）',
    column: '互动数（次）',
    main: (post: RankedPost) => post.numbers.interactions,
  },
  { rankBy: null, title: '还没有回收到数据', column: '数据', main: () => null },
] as const

const count = (value: number | null) => (value === null ? '—' : value.toLocaleString('zh-CN'))
const cell = { padding: '4px 8px', borderTop: '1px solid var(--theme-elevation-100)' } as const

/** The campaign's posts, each group ranked by its own number: readers (people) and plays (counts) are never ranked together. */
export function RankedPosts({ posts, timeZone }: { posts: readonly RankedPost[]; timeZone: string }) {
  if (posts.length === 0) return <p style={{ opacity: 0.7 }}>这个活动还没有已发布的内容。</p>
  return (
    <div data-testid="campaign-posts">
      {GROUPS.map((group) => {
        const rows = posts.filter((post) => post.rankBy === group.rankBy)
        if (rows.length === 0) return null
        return (
          <div key={String(group.rankBy)} style={{ margin: '12px 0' }}>
            <div style={{ fontWeight: 600, margin: '4px 0' }}>{group.title}</div>
            <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: 13 }}>
              <thead>
                <tr style={{ textAlign: 'left', opacity: 0.7 }}>
                  <th style={cell}>名次</th>
                  <th style={cell}>标题</th>
                  <th style={cell}>账号</th>
                  <th style={cell}>发布时间</th>
                  <th style={cell}>{group.column}</th>
                  <th style={cell}>互动数（次）</th>
                  <th style={cell}>互动率</th>
                  <th style={cell}>链接</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((post) => (
                  <tr key={post.key} data-post-rank-by={post.rankBy ?? 'none'}>
                    <td style={cell}>{post.rank ?? '—'}</td>
                    <td style={cell}>
                      <a href={`/admin/collections/${post.collection}/${encodeURIComponent(String(post.item))}`}>{post.title}</a>
                      {post.position > 1 ? <span style={{ opacity: 0.6 }}>（第 {post.position} 篇）</span> : null}
                      {post.mass ? <span style={{ opacity: 0.6 }}>（群发）</span> : null}
                    </td>
                    <td style={cell}>
                      {post.account.platformLabel} · {post.account.name}
                    </td>
                    <td style={cell}>
                      {dayOf({ at: post.publishedAt, timeZone })} {timeOf({ at: post.publishedAt, timeZone })}
                    </td>
                    <td style={cell}>{count(group.main(post))}</td>
                    <td style={cell}>{count(post.numbers.interactions)}</td>
                    <td style={cell}>{post.numbers.interactionRate === null ? '—' : `${post.numbers.interactionRate.toFixed(2)}%`}</td>
                    <td style={cell}>
                      {post.link ? (
                        <a href={post.link} target="_blank" rel="noreferrer">
                          查看
                        </a>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      })}
    </div>
  )
}
