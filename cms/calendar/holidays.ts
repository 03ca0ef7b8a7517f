import { DEFAULT_FESTIVALS, type FestivalKind } from '../planning/defaultFestivals'
import { festivalDatesIn } from '../planning/festivalDates'

/**
 * The 节点 the calendar marks: the default festivals (cms/planning/defaultFestivals.ts) on their
 * dates in any year, 农历 and 节气 ones computed, so no year needs adding.
 */
export type Holiday = { date: string; name: string; kind: FestivalKind }

export function holidaysBetween(args: { from: string; to: string }): Holiday[] {
  const first = Number(args.from.slice(0, 4))
  const last = Number(args.to.slice(0, 4))
  const found: Holiday[] = []
  for (let year = first; year <= last; year++)
    for (const festival of DEFAULT_FESTIVALS)
      for (const date of festivalDatesIn({ rule: festival.rule, year }))
        if (date >= args.from && date <= args.to) found.push({ date, name: festival.name, kind: festival.kind })
  return found.sort((a, b) => a.date.localeCompare(b.date))
}
