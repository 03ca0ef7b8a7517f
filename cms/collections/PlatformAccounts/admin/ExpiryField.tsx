'use client'
import { FieldLabel, useField } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'
import { useState } from 'react'
import { zonedToUtc } from '../../../../lib/zonedTime'
import { useTeamTimezone, useTeamTimezoneLabel } from '../../../admin/useTeamTimezone'
import { ScriptInput } from '../../../admin/ScriptControls'

/**
 * A token's expiry, picked as a date and time in the team's zone and stored as the UTC instant
 * (an ISO string, as the connect flow stores it). Write-only like every credential: it starts empty.
 */
export function ExpiryField(props: TextFieldClientProps) {
  const { path, field } = props
  const { setValue } = useField<string | null>({ path })
  const timeZone = useTeamTimezone()
  const zoneLabel = useTeamTimezoneLabel()
  const [local, setLocal] = useState('')

  function onChange(next: string) {
    setLocal(next)
    const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(next)
    setValue(match ? zonedToUtc({ date: match[1], time: match[2], timeZone }).toISOString() : null)
  }

  return (
    <div className="field-type text" style={{ marginBottom: 16 }}>
      <FieldLabel label={field.label} path={path} />
      <ScriptInput type="datetime-local" value={local} onChange={(e) => onChange(e.target.value)} data-testid={`expiry-${field.name}`} />
      <div style={{ fontSize: 12, opacity: 0.7, marginTop: 4 }}>按{zoneLabel}填写；留空表示不修改已保存的时间。</div>
    </div>
  )
}
