'use client'
import { useMemo, useState } from 'react'
import { zonedToUtc } from '../../../lib/zonedTime'
import { dayOf, timeOf } from '../../calendar/calendarGrid'
import { defaultModeOf, modeOfEntry, pushOf } from './accountPush'
import { saveEntry } from './entryApi'
import { EntryResult } from './EntryResult'
import { PushFields, type PushValues } from './PushFields'
import { quotaLine } from './pushQuota'
import { TitleVariantField } from './TitleVariantField'
import { CampaignSelect } from './CampaignSelect'
import { contentKey, isBundleReady, KIND_LABEL, useEntryOptions } from './useEntryOptions'
import { usePushQuota } from './usePushQuota'
import type { CalendarEntryView, CampaignOption } from './useCalendarData'
import { ScriptButton, ScriptInput, ScriptSelect } from '../ScriptControls'

const idOf = (value: { id: string | number } | string | number | null | undefined) =>
  value !== null && typeof value === 'object' ? value.id : value

/** The values an existing entry starts the form with. */
function startingValues(entry: CalendarEntryView | undefined, timeZone: string) {
  if (!entry) return null
  const lead = idOf(entry.content.value)
  const bundle = (entry.bundle ?? []).map(idOf).filter((id) => id !== null && id !== undefined)
  return {
    content: lead === undefined || lead === null ? '' : contentKey(entry.content.relationTo, lead),
    account: entry.account ? String(entry.account.id) : '',
    campaign: entry.campaign ? String(entry.campaign.id) : '',
    date: dayOf({ at: entry.publishAt, timeZone }),
    time: timeOf({ at: entry.publishAt, timeZone }),
    mode: entry.mode ?? null,
    tagId: entry.tagId ?? '',
    bundle: bundle.map((id) => contentKey('articles', id)),
    titleVariant: entry.titleVariant ?? 1,
  }
}

/**
 * A calendar slot: content, account, campaign and time; for an account whose platform has push rules
 * also the mode, the follower tag and the 次条 after the lead. New (from a day's ＋) or an entry to edit.
 */
export function EntryForm(props: {
  date: string
  today: string
  timeZone: string
  campaigns: CampaignOption[]
  entry?: CalendarEntryView
  onDone: () => void
}) {
  const start = useMemo(() => startingValues(props.entry, props.timeZone), [props.entry, props.timeZone])
  const { contents, accounts } = useEntryOptions({ keep: start?.account })
  const [content, setContent] = useState(start?.content ?? '')
  const [account, setAccount] = useState(start?.account ?? '')
  const [campaign, setCampaign] = useState(start?.campaign ?? '')
  const [date, setDate] = useState(start?.date ?? props.date)
  const [time, setTime] = useState(start?.time ?? '20:00')
  const [chosenMode, setChosenMode] = useState(start?.mode ?? null)
  const [tagId, setTagId] = useState(start?.tagId ?? '')
  const [bundle, setBundle] = useState<string[]>(start?.bundle ?? [])
  const [titleVariant, setTitleVariant] = useState(start?.titleVariant ?? 1)
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const chosenAccount = accounts.find((option) => String(option.id) === account) ?? null
  const push = pushOf(chosenAccount)
  const lead = contents.find((option) => option.key === content) ?? null
  const mode = push && chosenAccount ? (push.modes.find((m) => m === chosenMode) ?? defaultModeOf(chosenAccount) ?? push.modes[0]) : null
  const quotas = usePushQuota({ from: push ? date : null, to: push ? date : null })
  const quota = quotas.find((row) => String(row.account) === account)
  const candidates = contents.filter(isBundleReady)
  // The entry's own 次条, also those the lists no longer show (archived since): kept with their ids as stored.
  const stored = new Map<string, { id: string | number; title?: string }>()
  for (const item of props.entry?.bundle ?? []) {
    const id = idOf(item)
    if (id !== null && id !== undefined)
      stored.set(contentKey('articles', id), { id, title: item !== null && typeof item === 'object' ? item.title : undefined })
  }
  const optionOf = (key: string) => contents.find((option) => option.key === key) ?? stored.get(key)
  const titleOf = (key: string) => optionOf(key)?.title

  async function save() {
    if (!lead || !chosenAccount) return
    setSaving(true)
    setError(null)
    const articleIds = bundle.flatMap((key) => {
      const found = optionOf(key)
      return found ? [found.id] : []
    })
    const pushFields =
      push && mode
        ? { mode, tagId: mode === 'mass' && tagId.trim() ? tagId.trim() : null, bundle: lead.relationTo === 'articles' ? articleIds : [] }
        : props.entry
          ? { mode: null, tagId: null, bundle: [] }
          : {}
    const reply = await saveEntry({
      id: props.entry?.id,
      body: {
        content: { relationTo: lead.relationTo, value: lead.id },
        account: chosenAccount.id,
        publishAt: zonedToUtc({ date, time, timeZone: props.timeZone }).toISOString(),
        campaign: props.campaigns.find((c) => String(c.id) === campaign)?.id ?? null,
        ...pushFields,
        // Empty is title 1; an existing slot sends it so a change back to title 1 is saved.
        ...(titleVariant > 1 ? { titleVariant } : props.entry ? { titleVariant: null } : {}),
      },
    })
    setSaving(false)
    if (reply.ok) props.onDone()
    else setError(reply.message)
  }

  // Once a push has gone out, its articles are published: only a push still to go waits for approvals.
  const toGo = !props.entry || ['planned', 'waiting_approval', 'scheduled'].includes(props.entry.state)
  const notReady = toGo && contents.length > 0 ? bundle.filter((key) => !candidates.some((option) => option.key === key)) : []
  // The quota already counts this slot when it was saved as a 群发 on this account and day.
  const countedAlready =
    props.entry !== undefined &&
    !['cancelled', 'failed', 'missed'].includes(props.entry.state) &&
    start?.account === account &&
    start.date === date &&
    modeOfEntry({ mode: props.entry.mode, account: props.entry.account }) === 'mass'
  return (
    <div
      data-entry-form={props.entry ? String(props.entry.id) : 'new'}
      style={{ border: '1px solid var(--theme-elevation-150)', padding: 12, margin: '12px 0', borderRadius: 4 }}
    >
      <strong>{props.entry ? `编辑排期 · ${props.entry.title ?? lead?.title ?? ''}` : `新建排期 · ${date}`}</strong>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginTop: 8 }}>
        <ScriptSelect
          aria-label="内容"
          value={content}
          onChange={(e) => {
            setContent(e.target.value)
            setTitleVariant(1)
          }}
        >
          <option value="">选择内容…</option>
          {contents.map((option) => (
            <option key={option.key} value={option.key}>
              [{KIND_LABEL[option.relationTo]}] {option.title}
            </option>
          ))}
        </ScriptSelect>
        <ScriptSelect
          aria-label="发布账号"
          value={account}
          onChange={(e) => {
            setAccount(e.target.value)
            setChosenMode(null)
          }}
        >
          <option value="">选择账号…</option>
          {accounts.map((option) => (
            <option key={String(option.id)} value={String(option.id)}>
              {option.name}
            </option>
          ))}
        </ScriptSelect>
        <CampaignSelect campaigns={props.campaigns} value={campaign} onChange={setCampaign} />
        <ScriptInput aria-label="日期" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        <ScriptInput aria-label="时间" type="time" value={time} onChange={(e) => setTime(e.target.value)} />
        <ScriptButton
          className="btn btn--style-primary btn--size-small"
          disabled={!lead || !chosenAccount || saving}
          onClick={() => void save()}
        >
          {saving ? '保存中…' : '保存'}
        </ScriptButton>
        <ScriptButton className="btn btn--style-secondary btn--size-small" onClick={props.onDone}>
          取消
        </ScriptButton>
      </div>
      {lead && (lead.candidates.length > 0 || titleVariant > 1) && (
        <TitleVariantField title={lead.title} candidates={lead.candidates} value={titleVariant} onChange={setTitleVariant} />
      )}
      {push && mode && (
        <PushFields
          push={push}
          values={{ mode, tagId, bundle }}
          onChange={(next: PushValues) => {
            setChosenMode(next.mode)
            setTagId(next.tagId)
            setBundle(next.bundle)
          }}
          lead={lead}
          candidates={candidates}
          titleOf={titleOf}
          quota={quota ? quotaLine({ quota, day: date, today: props.today, ownPush: countedAlready }) : null}
        />
      )}
      {notReady.length > 0 && (
        <div style={{ fontSize: 12, color: '#d48806', marginTop: 4 }}>
          次条{notReady.map((key) => `《${titleOf(key) ?? key}》`).join('、')}
          现在不是已定稿状态（改过后要重新审核），审核通过之前整条推送不会发出；也可以把它移除。
        </div>
      )}
      {error && (
        <div role="alert" style={{ color: 'var(--theme-error-500)', marginTop: 8 }}>
          没有保存：{error}
        </div>
      )}
      {props.entry && <EntryResult entryId={props.entry.id} />}
    </div>
  )
}
