'use client'
import { PUSH_MODE_LABELS, type PushMode, type PushProfile } from '../../../lib/platforms'
import { BundleBuilder } from './BundleBuilder'
import type { QuotaLine } from './pushQuota'
import type { ContentOption } from './useEntryOptions'
import { ScriptInput, ScriptSelect } from '../ScriptControls'

export type PushValues = { mode: PushMode; tagId: string; bundle: string[] }

/**
 * Mode, follower tag and bundle of a slot whose account's platform has push rules (its profile's
 * `push`), with what is left of the account's 群发 quota on the slot's day.
 */
export function PushFields(props: {
  push: PushProfile
  values: PushValues
  onChange: (next: PushValues) => void
  lead: ContentOption | null
  candidates: ContentOption[]
  titleOf: (key: string) => string | undefined
  quota: QuotaLine | null
}) {
  const { values, push } = props
  const set = (patch: Partial<PushValues>) => props.onChange({ ...values, ...patch })
  return (
    <div data-push-fields style={{ marginTop: 8, paddingTop: 8, borderTop: '1px dashed var(--theme-elevation-150)' }}>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
        <label>
          推送方式{' '}
          <ScriptSelect
            aria-label="推送方式"
            value={values.mode}
            onChange={(e) => set({ mode: push.modes.find((m) => m === e.target.value) ?? values.mode })}
          >
            {push.modes.map((mode) => (
              <option key={mode} value={mode}>
                {PUSH_MODE_LABELS[mode].zh}
              </option>
            ))}
          </ScriptSelect>
        </label>
        {values.mode === 'mass' && (
          <label>
            粉丝标签 ID{' '}
            <ScriptInput
              aria-label="粉丝标签 ID"
              value={values.tagId}
              maxLength={32}
              placeholder="留空 = 全部粉丝"
              onChange={(e) => set({ tagId: e.target.value })}
              style={{ width: 140 }}
            />
          </label>
        )}
        {props.quota && (
          <span
            data-quota-line
            style={{ fontSize: 12, color: props.quota.exhausted && values.mode === 'mass' ? 'var(--theme-error-500)' : undefined }}
          >
            {props.quota.text}
            {props.quota.exhausted && values.mode === 'mass' ? '：这一天不能再群发，请换一天或改为「发表不通知」' : ''}
          </span>
        )}
      </div>
      <BundleBuilder
        lead={props.lead}
        candidates={props.candidates}
        chosen={values.bundle}
        most={push.maxArticles - 1}
        titleOf={props.titleOf}
        onChange={(bundle) => set({ bundle })}
      />
    </div>
  )
}
