'use client'
import { FieldLabel, useField, useFormFields } from '@payloadcms/ui'
import type { JSONFieldClientProps } from 'payload'
import { type SettingInput, settingInputs, withSetting } from '../../../admin/JsonField/accountSettings'
import { ScriptInput, ScriptSelect } from '../../../admin/ScriptControls'

const row: React.CSSProperties = { display: 'grid', gridTemplateColumns: '14em 1fr', gap: 12, alignItems: 'center', marginBottom: 10 }

function defaultWords(input: SettingInput): string {
  if (input.defaultValue === undefined) return '不设置'
  if (typeof input.defaultValue === 'boolean') return input.defaultValue ? '开' : '关'
  const option = input.options.find((o) => o.value === input.defaultValue)
  return option?.label ?? String(input.defaultValue)
}

/** 发布设置 as labelled inputs drawn from the platform's settings schema, not a JSON box. */
export function AccountSettingsField(props: JSONFieldClientProps) {
  const { path, field } = props
  const { value, setValue } = useField<unknown>({ path })
  const platform = useFormFields(([fields]) => fields.platform?.value)
  const readOnly = Boolean(props.readOnly || field.admin?.readOnly)
  const inputs = settingInputs(platform)
  const stored: Record<string, unknown> =
    value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
  const kept = Object.keys(stored).filter((key) => !inputs.some((input) => input.key === key))
  const change = (key: string, next: string | boolean | null) => setValue(withSetting(value, key, next))

  return (
    <div className="field-type" style={{ marginBottom: 24 }} data-testid="account-settings">
      <FieldLabel label={field.label} path={path} />
      {typeof platform !== 'string' || platform === '' ? (
        <div style={{ opacity: 0.7 }}>先选择平台。</div>
      ) : inputs.length === 0 ? (
        <div style={{ opacity: 0.7 }}>这个平台没有需要设置的发布选项。</div>
      ) : (
        inputs.map((input) => {
          const current = stored[input.key]
          const id = `setting-${input.key}`
          return (
            <div key={input.key} style={row}>
              <label htmlFor={id}>{input.label}</label>
              <div>
                {input.kind === 'switch' && (
                  <ScriptInput
                    id={id}
                    type="checkbox"
                    disabled={readOnly}
                    checked={typeof current === 'boolean' ? current : input.defaultValue === true}
                    onChange={(e) => change(input.key, e.target.checked)}
                  />
                )}
                {input.kind === 'choice' && (
                  <ScriptSelect
                    id={id}
                    disabled={readOnly}
                    value={typeof current === 'string' ? current : ''}
                    onChange={(e) => change(input.key, e.target.value || null)}
                  >
                    <option value="">默认（{defaultWords(input)}）</option>
                    {input.options.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </ScriptSelect>
                )}
                {input.kind === 'text' && (
                  <ScriptInput
                    id={id}
                    type="text"
                    disabled={readOnly}
                    value={typeof current === 'string' ? current : ''}
                    onChange={(e) => change(input.key, e.target.value)}
                    style={{ width: '100%' }}
                  />
                )}
                {input.hint && <div style={{ fontSize: 12, opacity: 0.7 }}>{input.hint}</div>}
              </div>
            </div>
          )
        })
      )}
      {kept.length > 0 && (
        <div style={{ fontSize: 12, opacity: 0.7 }}>另有 {kept.length} 项早先保存的设置，表单不显示，保存时原样保留。</div>
      )}
    </div>
  )
}
