import type { Timezone } from 'payload'

/** The admin's zone list: the team's zone first (and the default), then Payload's usual list. */
export function teamTimezones(appTimezone: string) {
  return {
    defaultTimezone: appTimezone,
    supportedTimezones: ({ defaultTimezones }: { defaultTimezones: Timezone[] }): Timezone[] => {
      const rest = defaultTimezones.filter((tz) => tz.value !== appTimezone && tz.value !== 'UTC')
      return [
        { label: appTimezone === 'Asia/Shanghai' ? '北京时间 (Asia/Shanghai)' : appTimezone, value: appTimezone },
        { label: 'UTC', value: 'UTC' },
        ...rest,
      ]
    },
  }
}
