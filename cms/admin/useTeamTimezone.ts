'use client'
import { useConfig } from '@payloadcms/ui'
import { timezoneLabel } from './labels'

/** The team's zone (APP_TIMEZONE), which the config gives the admin as its default time zone. */
export function useTeamTimezone(): string {
  const { config } = useConfig()
  return config.admin?.timezones?.defaultTimezone ?? 'Asia/Shanghai'
}

/** The team's zone as people say it (北京时间), for sentences like 时间均为北京时间. */
export function useTeamTimezoneLabel(): string {
  return timezoneLabel(useTeamTimezone())
}
