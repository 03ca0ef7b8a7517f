import type { PersonWeekLine } from '../../analytics/weeklyReport/types'

const MET = { true: '达成', false: '未达成', null: '未设目标' } as const

/** Each person's items that went out this week against their weekly target (用户 → 每周产出目标). */
export function PeopleTable(args: { lines: readonly PersonWeekLine[] }) {
  if (args.lines.length === 0) return <p>这两周没有人发布内容，也没有人设置每周产出目标。</p>
  return (
    <table className="weekly-report__table" data-report-table="people">
      <thead>
        <tr>
          <th>姓名</th>
          <th>本周发布（篇）</th>
          <th>每周目标（篇）</th>
          <th>完成情况</th>
          <th>上周发布（篇）</th>
        </tr>
      </thead>
      <tbody>
        {args.lines.map((line) => (
          <tr key={String(line.person.id)}>
            <td>{line.person.name}</td>
            <td>{line.published}</td>
            <td>{line.person.weeklyOutputTarget ?? '—'}</td>
            <td className={`weekly-report__met weekly-report__met--${String(line.met)}`}>{MET[String(line.met) as keyof typeof MET]}</td>
            <td>{line.previousPublished}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
