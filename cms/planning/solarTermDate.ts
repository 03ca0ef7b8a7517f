/**
 * The sun's apparent longitude and the day (in China, UTC+8) it reaches an angle: a solar term
 * (节气, e.g. 清明 at 15°), and the major terms (中气) that place the lunar calendar's leap months.
 * Earth's heliocentric longitude by the VSOP87 series as truncated in Meeus, Astronomical
 * Algorithms, ch. 32 (also NREL's SPA), with the main nutation terms and aberration: good to well
 * under a minute this century, so a term just before midnight (冬至 2021-12-21 23:59) lands on the
 * right day.
 */
export const SOLAR_TERM_LONGITUDE = {
  lichun: 315,
  qingming: 15,
  lixia: 45,
  xiazhi: 90,
  liqiu: 135,
  lidong: 225,
  dongzhi: 270,
} as const
export type SolarTerm = keyof typeof SOLAR_TERM_LONGITUDE

type Series = readonly (readonly [number, number, number])[]

// prettier-ignore
const L0: Series = [
  [175347046, 0, 0], [3341656, 4.6692568, 6283.07585], [34894, 4.6261, 12566.1517], [3497, 2.7441, 5753.3849],
  [3418, 2.8289, 3.5231], [3136, 3.6277, 77713.7715], [2676, 4.4181, 7860.4194], [2343, 6.1352, 3930.2097],
  [1324, 0.7425, 11506.7698], [1273, 2.0371, 529.691], [1199, 1.1096, 1577.3435], [990, 5.233, 5884.927],
  [902, 2.045, 26.298], [857, 3.508, 398.149], [780, 1.179, 5223.694], [753, 2.533, 5507.553],
  [505, 4.583, 18849.228], [492, 4.205, 775.523], [357, 2.92, 0.067], [317, 5.849, 11790.629],
  [284, 1.899, 796.298], [271, 0.315, 10977.079], [243, 0.345, 5486.778], [206, 4.806, 2544.314],
  [205, 1.869, 5573.143], [202, 2.458, 6069.777], [156, 0.833, 213.299], [132, 3.411, 2942.463],
  [126, 1.083, 20.775], [115, 0.645, 0.98], [103, 0.636, 4694.003], [102, 0.976, 15720.839],
  [102, 4.267, 7.114], [99, 6.21, 2146.17], [98, 0.68, 155.42], [86, 5.98, 161000.69],
  [85, 1.3, 6275.96], [85, 3.67, 71430.7], [80, 1.81, 17260.15], [79, 3.04, 12036.46],
  [75, 1.76, 5088.63], [74, 3.5, 3154.69], [74, 4.68, 801.82], [70, 0.83, 9437.76],
  [62, 3.98, 8827.39], [61, 1.82, 7084.9], [57, 2.78, 6286.6], [56, 4.39, 14143.5],
  [56, 3.47, 6279.55], [52, 0.19, 12139.55], [52, 1.33, 1748.02], [51, 0.28, 5856.48],
  [49, 0.49, 1194.45], [41, 5.37, 8429.24], [41, 2.4, 19651.05], [39, 6.17, 10447.39],
  [37, 6.04, 10213.29], [37, 2.57, 1059.38], [36, 1.71, 2352.87], [36, 1.78, 6812.77],
  [33, 0.59, 17789.85], [30, 0.44, 83996.85], [30, 2.74, 1349.87], [25, 3.16, 4690.48],
]
// prettier-ignore
const L1: Series = [
  [628331966747, 0, 0], [206059, 2.678235, 6283.07585], [4303, 2.6351, 12566.1517], [425, 1.59, 3.523],
  [119, 5.796, 26.298], [109, 2.966, 1577.344], [93, 2.59, 18849.23], [72, 1.14, 529.69],
  [68, 1.87, 398.15], [67, 4.41, 5507.55], [59, 2.89, 5223.69], [56, 2.17, 155.42],
  [45, 0.4, 796.3], [36, 0.47, 775.52], [29, 2.65, 7.11], [21, 5.34, 0.98],
  [19, 1.85, 5486.78], [19, 4.97, 213.3], [17, 2.99, 6275.96], [16, 0.03, 2544.31],
  [16, 1.43, 2146.17], [15, 1.21, 10977.08], [12, 2.83, 1748.02], [12, 3.26, 5088.63],
  [12, 5.27, 1194.45], [12, 2.08, 4694], [11, 0.77, 553.57], [10, 1.3, 6286.6],
  [10, 4.24, 1349.87], [9, 2.7, 242.73], [9, 5.64, 951.72], [8, 5.3, 2352.87],
  [6, 2.65, 9437.76], [6, 4.67, 4690.48],
]
// prettier-ignore
const L2: Series = [
  [52919, 0, 0], [8720, 1.0721, 6283.0758], [309, 0.867, 12566.152], [27, 0.05, 3.52], [16, 5.19, 26.3],
  [16, 3.68, 155.42], [10, 0.76, 18849.23], [9, 2.06, 77713.77], [7, 0.83, 775.52], [5, 4.66, 1577.34],
  [4, 1.03, 7.11], [4, 3.44, 5573.14], [3, 5.14, 796.3], [3, 6.05, 5507.55], [3, 1.19, 242.73],
  [3, 6.12, 529.69], [3, 0.31, 398.15], [3, 2.28, 553.57], [2, 4.38, 5223.69], [2, 3.75, 0.98],
]
// prettier-ignore
const L3: Series = [[289, 5.844, 6283.076], [35, 0, 0], [17, 5.49, 12566.15], [3, 5.2, 155.42], [1, 4.72, 3.52], [1, 5.3, 18849.23], [1, 5.97, 242.73]]
const L4: Series = [
  [114, 3.142, 0],
  [8, 4.13, 6283.08],
  [1, 3.84, 12566.15],
]
const L5: Series = [[1, 3.14, 0]]

const DEG = Math.PI / 180
const J2000 = 2451545
const DAY_MS = 86_400_000
const UNIX_EPOCH_JD = 2440587.5
const CHINA_OFFSET_MS = 8 * 3_600_000

const sum = (series: Series, tau: number) => series.reduce((total, [a, b, c]) => total + a * Math.cos(b + c * tau), 0)
const wrap = (degrees: number) => ((degrees % 360) + 360) % 360

/** The sun's apparent geocentric longitude, in degrees, at a Julian Ephemeris Day. */
export function apparentSolarLongitude(jde: number): number {
  const tau = (jde - J2000) / 365_250
  const heliocentric = [L0, L1, L2, L3, L4, L5].reduce((total, series, power) => total + sum(series, tau) * tau ** power, 0) / 1e8
  const t = tau * 10
  const omega = (125.04452 - 1934.136261 * t) * DEG
  const sunMean = (280.4665 + 36000.7698 * t) * DEG
  const moonMean = (218.3165 + 481267.8813 * t) * DEG
  const nutationArcsec = -17.2 * Math.sin(omega) - 1.32 * Math.sin(2 * sunMean) - 0.23 * Math.sin(2 * moonMean) + 0.21 * Math.sin(2 * omega)
  const aberrationArcsec = -20.4898
  return wrap(heliocentric / DEG + 180 + (nutationArcsec + aberrationArcsec) / 3600)
}

/** TT − UT in seconds (Espenak & Meeus' polynomial for 2005–2050; within a minute or two either side). */
function deltaTSeconds(year: number): number {
  const t = year - 2000
  return 62.92 + 0.32217 * t + 0.005589 * t * t
}

/** TT → UTC instant, for a Julian Ephemeris Day in `year`. */
export function instantOfJde(args: { jde: number; year: number }): Date {
  const jd = args.jde - deltaTSeconds(args.year) / 86_400
  return new Date(Math.round((jd - UNIX_EPOCH_JD) * DAY_MS))
}

/** A UTC instant's day (YYYY-MM-DD) in China, the day the Chinese calendar counts it on. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10)
}

/** The instant (UTC) the sun reaches `longitude` (degrees) in a Gregorian year. */
export function sunLongitudeInstant(args: { longitude: number; year: number }): Date {
  const target = args.longitude
  // Days after the March equinox (about 03-20): longitudes from 280° on fall in January–March.
  const daysAfterEquinox = ((((target + 80) % 360) - 80) / 360) * 365.2422
  let jde = Date.UTC(args.year, 2, 20) / DAY_MS + UNIX_EPOCH_JD + daysAfterEquinox
  for (let step = 0; step < 20; step++) {
    const miss = ((target - apparentSolarLongitude(jde) + 540) % 360) - 180
    jde += (miss / 360) * 365.2422
    if (Math.abs(miss) < 1e-7) break
  }
  return instantOfJde({ jde, year: args.year })
}

/** The day (YYYY-MM-DD, China) of a solar term in a Gregorian year. */
export function solarTermDate(args: { term: SolarTerm; year: number }): string {
  return chinaDate(sunLongitudeInstant({ longitude: SOLAR_TERM_LONGITUDE[args.term], year: args.year }))
}
