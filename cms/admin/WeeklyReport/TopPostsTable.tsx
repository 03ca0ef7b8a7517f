import { cellText, count, rate } from '../../analytics/weeklyReport/reportCells'
import type { TopPost } from '../../analytics/weeklyReport/types'
import { teamTime } from '../../analytics/weeklyReport/weeklyReportTables'

/** The week's posts by 互动数 (counts of actions compare across platforms; readers and plays do not). */
export function TopPostsTable(args: { posts: readonly TopPost[]; timeZone: string }) {
  if (args.posts.length === 0) return <p>这周还没有内容数据。</p>
  return (
    <table className="weekly-report__table" data-report-table="top-posts">
      <thead>
        <tr>
          <th>排名</th>
          <th>标题</th>
          <th>账号</th>
          <th>发布时间</th>
          <th>阅读人数（人）</th>
          <th>播放量（次）</th>
          <th>互动数</th>
          <th>互动率</th>
        </tr>
      </thead>
      <tbody>
        {args.posts.map((post, index) => (
          <tr key={`${index}-${post.title}`}>
            <td>{index + 1}</td>
            <td>{post.title}</td>
            <td>{post.account?.name ?? '—'}</td>
            <td>{teamTime(post.publishedAt, args.timeZone) ?? '—'}</td>
            <td>{cellText(count(post.readers), { empty: '—', grouped: true })}</td>
            <td>{cellText(count(post.plays), { empty: '—', grouped: true })}</td>
            <td>{cellText(count(post.interactions), { empty: '—', grouped: true })}</td>
            <td>{cellText(rate(post.interactionRate), { empty: '—' })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
