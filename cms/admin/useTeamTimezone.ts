'use client'
import { useConfig } from '@payloadcms/ui'

/** The team's zone (APP_TIMEZONE), which the config gives the admin as its default time zone. */
export function useTeamTimezone(): string {
  const { config } = useConfig()
  return config.admin?.timezones?.defaultTimezone ?? 'Asia/Shanghai'
}
