/**
 * Chinese holidays and shopping festivals the team plans around (节点), as data. Lunar-calendar
 * dates are listed per year; add the next year's before it starts.
 */
export type Holiday = { date: string; name: string; kind: 'holiday' | 'shopping' | 'marketing' }

const EVERY_YEAR: { md: string; name: string; kind: Holiday['kind'] }[] = [
  { md: '01-01', name: '元旦', kind: 'holiday' },
  { md: '02-14', name: '情人节', kind: 'marketing' },
  { md: '03-08', name: '妇女节', kind: 'marketing' },
  { md: '03-15', name: '3·15 消费者权益日', kind: 'marketing' },
  { md: '05-01', name: '劳动节', kind: 'holiday' },
  { md: '05-20', name: '520', kind: 'marketing' },
  { md: '06-18', name: '618', kind: 'shopping' },
  { md: '10-01', name: '国庆节', kind: 'holiday' },
  { md: '11-11', name: '双11', kind: 'shopping' },
  { md: '12-12', name: '双12', kind: 'shopping' },
  { md: '12-25', name: '圣诞节', kind: 'marketing' },
]

const LUNAR: Holiday[] = [
  { date: '2026-02-17', name: '春节', kind: 'holiday' },
  { date: '2026-03-03', name: '元宵节', kind: 'holiday' },
  { date: '2026-04-05', name: '清明节', kind: 'holiday' },
  { date: '2026-06-19', name: '端午节', kind: 'holiday' },
  { date: '2026-08-19', name: '七夕', kind: 'marketing' },
  { date: '2026-09-25', name: '中秋节', kind: 'holiday' },
  { date: '2027-02-06', name: '春节', kind: 'holiday' },
  { date: '2027-02-20', name: '元宵节', kind: 'holiday' },
  { date: '2027-04-05', name: '清明节', kind: 'holiday' },
  { date: '2027-06-09', name: '端午节', kind: 'holiday' },
  { date: '2027-08-08', name: '七夕', kind: 'marketing' },
  { date: '2027-09-15', name: '中秋节', kind: 'holiday' },
]

export function holidaysBetween(args: { from: string; to: string }): Holiday[] {
  const years = new Set([args.from.slice(0, 4), args.to.slice(0, 4)])
  const fixed = [...years].flatMap((year) => EVERY_YEAR.map((h) => ({ date: `${year}-${h.md}`, name: h.name, kind: h.kind })))
  return [...fixed, ...LUNAR].filter((h) => h.date >= args.from && h.date <= args.to).sort((a, b) => a.date.localeCompare(b.date))
}
