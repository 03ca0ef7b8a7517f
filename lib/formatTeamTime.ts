import { env } from './env'

/** A time as the team reads it: in APP_TIMEZONE, e.g. 2026-11-24 20:00（北京时间）. */
export function formatTeamTime(at: Date): string {
  const text = at.toLocaleString('sv-SE', { timeZone: env.APP_TIMEZONE, hour12: false }).slice(0, 16)
  return env.APP_TIMEZONE === 'Asia/Shanghai' ? `${text}（北京时间）` : `${text} (${env.APP_TIMEZONE})`
}
