import { instantOfJde } from './solarTermDate'

/**
 * The instant of the k-th new moon after the one of 2000-01-06 (Meeus, Astronomical Algorithms,
 * ch. 49: the mean lunation with its periodic and planetary corrections, good to well under a
 * minute). The Chinese calendar begins a month on the day (in China) of each new moon.
 */
const DEG = Math.PI / 180
const sin = (degrees: number) => Math.sin(degrees * DEG)

// [amplitude, power of E, multiples of M′, M, F, Ω]: the new-moon corrections of Meeus p. 351.
// prettier-ignore
const PERIODIC: readonly (readonly [number, number, number, number, number, number])[] = [
  [-0.4072, 0, 1, 0, 0, 0], [0.17241, 1, 0, 1, 0, 0], [0.01608, 0, 2, 0, 0, 0], [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, 1, -1, 0, 0], [-0.00514, 1, 1, 1, 0, 0], [0.00208, 2, 0, 2, 0, 0], [-0.00111, 0, 1, 0, -2, 0],
  [-0.00057, 0, 1, 0, 2, 0], [0.00056, 1, 2, 1, 0, 0], [-0.00042, 0, 3, 0, 0, 0], [0.00042, 1, 0, 1, 2, 0],
  [0.00038, 1, 0, 1, -2, 0], [-0.00024, 1, 2, -1, 0, 0], [-0.00017, 0, 0, 0, 0, 1], [-0.00007, 0, 1, 2, 0, 0],
  [0.00004, 0, 2, 0, -2, 0], [0.00004, 0, 0, 3, 0, 0], [0.00003, 0, 1, 1, -2, 0], [0.00003, 0, 2, 0, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0], [0.00003, 0, 1, -1, 2, 0], [-0.00002, 0, 1, -1, -2, 0], [-0.00002, 0, 3, 1, 0, 0],
  [0.00002, 0, 4, 0, 0, 0],
]
// [amplitude, angle at k = 0, degrees per lunation]; the first also has −0.009173·T².
// prettier-ignore
const PLANETARY: readonly (readonly [number, number, number])[] = [
  [0.000325, 299.77, 0.107408], [0.000165, 251.88, 0.016321], [0.000164, 251.83, 26.651886], [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239], [0.000062, 141.74, 53.303771], [0.00006, 207.14, 2.453732], [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239], [0.000042, 207.19, 0.121824], [0.00004, 291.34, 1.844379], [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099], [0.000023, 331.55, 3.592518],
]

export function newMoonInstant(k: number): Date {
  const t = k / 1236.85
  const mean = 2451550.09766 + 29.530588861 * k + 0.00015437 * t ** 2 - 0.00000015 * t ** 3 + 0.00000000073 * t ** 4
  const e = 1 - 0.002516 * t - 0.0000074 * t ** 2
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t ** 2 - 0.00000011 * t ** 3
  const mp = 201.5643 + 385.81693528 * k + 0.0107582 * t ** 2 + 0.00001238 * t ** 3 - 0.000000058 * t ** 4
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t ** 2 - 0.00000227 * t ** 3 + 0.000000011 * t ** 4
  const omega = 124.7746 - 1.56375588 * k + 0.0020672 * t ** 2 + 0.00000215 * t ** 3
  const periodic = PERIODIC.reduce(
    (total, [a, power, cMp, cM, cF, cO]) => total + a * e ** power * sin(cMp * mp + cM * m + cF * f + cO * omega),
    0,
  )
  const planetary = PLANETARY.reduce(
    (total, [a, start, rate], index) => total + a * sin(start + rate * k - (index === 0 ? 0.009173 * t ** 2 : 0)),
    0,
  )
  return instantOfJde({ jde: mean + periodic + planetary, year: 2000 + k / 12.3685 })
}

/** The lunation number k of the last new moon at or before an instant (roughly; callers step from it). */
export function lunationNear(at: Date): number {
  return Math.floor((at.getTime() - Date.UTC(2000, 0, 6, 18, 14)) / (29.530588861 * 86_400_000))
}
