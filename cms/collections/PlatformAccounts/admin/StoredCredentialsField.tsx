'use client'
import { FieldLabel, useField, useFormFields } from '@payloadcms/ui'
import type { JSONFieldClientProps } from 'payload'
import { z } from 'zod'
import { CREDENTIAL_LABELS, CREDENTIAL_TIMES, type CredentialKey, storedCredentialKeys } from '../credentialKeys'

const storedHints = z.record(z.object({ set: z.boolean(), last4: z.string().nullable().optional() }).passthrough()).catch({})

/** 已保存的凭据 as sentences: for each credential of this account's platform, set or not and its last 4 characters. */
export function StoredCredentialsField(props: JSONFieldClientProps) {
  const { path, field } = props
  const { value } = useField<unknown>({ path })
  const platform = useFormFields(([fields]) => fields.platform?.value)
  const hints = storedHints.parse(value ?? {})
  const keys = storedCredentialKeys(platform, (key) => hints[key]?.set === true)
  if (keys.length === 0) return null
  const describe = (key: CredentialKey) => {
    const hint = hints[key]
    if (!hint?.set) return '未设置'
    return hint.last4 && !CREDENTIAL_TIMES.includes(key) ? `已设置（末 4 位 ${hint.last4}）` : '已设置'
  }
  return (
    <div className="field-type" style={{ marginBottom: 24 }}>
      <FieldLabel label={field.label} path={path} />
      <ul data-testid="stored-credentials" style={{ margin: 0, paddingLeft: 18 }}>
        {keys.map((key) => (
          <li key={key}>
            {CREDENTIAL_LABELS[key].zh}：{describe(key)}
          </li>
        ))}
      </ul>
    </div>
  )
}
