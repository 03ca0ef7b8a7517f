import { addDays } from '../../lib/zonedTime'
import { lunationNear, newMoonInstant } from './newMoon'
import { chinaDate, sunLongitudeInstant } from './solarTermDate'

/**
 * Gregorian dates of Chinese-calendar (农历) days, computed by the calendar's own rules rather than
 * listed by year: a month begins on the day (in China) of a new moon; the month holding the winter
 * solstice (冬至) is the eleventh; when thirteen months run from one such month to the next, the
 * first of them holding no major solar term (中气) is the leap month (闰月), numbered as the one
 * before it. (The runtime's Intl Chinese calendar was not used: ICU's moon is a few minutes off, and
 * puts 2027's 春节 on 02-07 because that new moon comes at 23:56 Beijing time on 02-06.)
 */
type LunarMonth = { number: number; leap: boolean; start: string; days: number }

const suis = new Map<number, LunarMonth[]>()

/** The months from the 十一月 holding 冬至 of `year − 1` up to the one holding 冬至 of `year`. */
function sui(year: number): LunarMonth[] {
  const known = suis.get(year)
  if (known) return known
  const solstice = (y: number) => chinaDate(sunLongitudeInstant({ longitude: 270, year: y }))
  const [from, to] = [solstice(year - 1), solstice(year)]
  const starts: string[] = []
  for (let k = lunationNear(new Date(`${from}T00:00:00Z`)) - 1; starts.length === 0 || starts[starts.length - 1] <= to; k++)
    starts.push(chinaDate(newMoonInstant(k)))
  const first = starts.findLastIndex((start) => start <= from)
  const last = starts.findLastIndex((start) => start <= to)
  const bounds = starts.slice(first, last + 1)
  // 中气: every 30° of the sun's longitude; 冬至 (270°) of `year − 1` through 小雪 (240°) of `year`.
  const majorTerms = [270, ...Array.from({ length: 11 }, (_, i) => (300 + 30 * i) % 360)].map((longitude, i) =>
    chinaDate(sunLongitudeInstant({ longitude, year: i === 0 ? year - 1 : year })),
  )
  const leapYear = bounds.length === 14
  let leapFound = false
  let number = 10
  const months = bounds.slice(0, -1).map((start, i) => {
    const end = bounds[i + 1]
    const leap = leapYear && !leapFound && i > 0 && !majorTerms.some((term) => term >= start && term < end)
    if (leap) leapFound = true
    else number = (number % 12) + 1
    return { number, leap, start, days: daysBetween(start, end) }
  })
  suis.set(year, months)
  return months
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/**
 * The Gregorian date of month/day of the Chinese year whose 正月 begins in Gregorian `year`. Day 30
 * of a month of 29 days is its last day: 腊月三十 is 除夕 every year, long 腊月 or short.
 */
export function lunarToGregorian(args: { year: number; month: number; day: number }): string | null {
  if (!Number.isInteger(args.month) || args.month < 1 || args.month > 12 || !Number.isInteger(args.day) || args.day < 1 || args.day > 30)
    return null
  // 十一月 and 腊月 of a Chinese year open the next sui; 正月 to 十月 follow the 腊月 of this one.
  const months = args.month >= 11 ? sui(args.year + 1).slice(0, 4) : sui(args.year).slice(2)
  const month = months.find((m) => m.number === args.month && !m.leap)
  if (!month) return null
  return addDays(month.start, Math.min(args.day, month.days) - 1)
}
