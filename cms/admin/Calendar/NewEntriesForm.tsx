'use client'
import { useMemo, useState } from 'react'
import { isPlatformId, PLATFORM_LABELS, PUSH_MODE_LABELS, type PlatformId } from '../../../lib/platforms'
import { defaultModeOf, pushOf } from './accountPush'
import { createEntries } from './batchApi'
import { BundleBuilder } from './BundleBuilder'
import { defaultSlotTime } from './defaultSlotTime'
import { accountListState, prefilledAccounts, slotsOf, withOverrides } from './entrySlots'
import { SlotPreview } from './SlotPreview'
import type { CampaignOption } from './useCalendarData'
import { timezoneLabel } from '../labels'
import { CampaignSelect } from './CampaignSelect'
import { contentKey, isBundleReady, KIND_LABEL, useEntryOptions } from './useEntryOptions'
import { useItemPlan } from './useItemPlan'
import type { ContentSlug } from '../../content'
import { ScriptButton, ScriptInput, ScriptSelect } from '../ScriptControls'

export type ItemRef = { relationTo: ContentSlug; id: string | number }

const LIST_NOTE = {
  'choose-item': '先选择内容，再勾选要发布的账号（会按内容的发布账号和所属活动预先勾选）。',
  loading: '正在读取这条内容的发布计划…',
  'no-accounts': '还没有平台账号，请先在「平台账号」里添加。',
  'none-assigned': '管理员还没有给你分配负责的平台账号，暂时不能排期：请找管理员在你的用户资料里勾选「负责的账号」。',
} as const

/**
 * Scheduling in one step: an item, the accounts it goes to (ticked from its own 发布账号 and its
 * campaign's channels), a time per account in the team's zone, the title each account sends when the
 * item has title candidates (title tests), for an article on a 公众号 the 次条 after it, each
 * platform's preview; 创建排期 creates every slot or none. Opened from a day's ＋ on the calendar or
 * from the item's 发布 panel.
 */
export function NewEntriesForm(props: {
  date: string
  timeZone: string
  campaigns: CampaignOption[]
  item?: ItemRef
  onDone: (created: boolean) => void
}) {
  const { contents, accounts, accountsRead, otherAccounts } = useEntryOptions()
  const [content, setContent] = useState(props.item ? contentKey(props.item.relationTo, props.item.id) : '')
  const chosen = contents.find((option) => option.key === content) ?? null
  const ref = chosen ? { relationTo: chosen.relationTo, id: chosen.id } : (props.item ?? null)
  const plan = useItemPlan({ relationTo: ref?.relationTo ?? null, id: ref?.id ?? null })
  // The editor's own choices for this item, laid over its plan in render (the plan is never copied into state,
  // so its arrival cannot change a box or the campaign the editor has just set).
  const [campaignChoice, setCampaignChoice] = useState<string | null>(null)
  const [overrides, setOverrides] = useState<Record<string, boolean>>({})
  const [times, setTimes] = useState<Record<string, string>>({})
  const [modes, setModes] = useState<Record<string, string | undefined>>({})
  const [bundle, setBundle] = useState<string[]>([])
  const [titleVariants, setTitleVariants] = useState<Record<string, number>>({})
  const [messages, setMessages] = useState<string[]>([])
  const [saving, setSaving] = useState(false)
  // Fixed when the form opens: a default that moved while the editor fills it in would change what they read.
  const [defaultTime] = useState(() => defaultSlotTime({ date: props.date, now: new Date(), timeZone: props.timeZone }))

  const scheduled = useMemo(() => new Set((plan?.scheduled ?? []).map(String)), [plan])
  const prefilled = useMemo(
    () => (plan ? prefilledAccounts({ accounts, targets: plan.targets, channels: plan.channels, scheduled: plan.scheduled }) : []),
    [plan, accounts],
  )
  const checked = withOverrides({ prefilled, overrides })
  const campaign = campaignChoice ?? (plan && plan.campaign !== null ? String(plan.campaign) : '')
  const list = accountListState({
    itemChosen: ref !== null,
    planRead: plan !== null,
    accountsRead,
    accountCount: accounts.length,
    otherAccounts,
  })

  const nameOf = (id: string) => accounts.find((a) => String(a.id) === id)?.name ?? `账号 ${id}`
  const platforms = [
    ...new Set(
      checked.flatMap((id) => {
        const platform = accounts.find((a) => String(a.id) === id)?.platform
        return platform && isPlatformId(platform) ? [platform] : []
      }),
    ),
  ] as PlatformId[]
  // The ticked accounts that push several articles at once (a 公众号's 群发 or 发表): an article's 次条 go to each.
  const multiArticle = accounts.filter((account) => checked.includes(String(account.id)) && (pushOf(account)?.maxArticles ?? 1) > 1)
  const bundleShown = chosen?.relationTo === 'articles' && multiArticle.length > 0
  const mostAfterLead = Math.min(...multiArticle.map((account) => pushOf(account)?.maxArticles ?? 1)) - 1
  const titleOf = (key: string) => contents.find((option) => option.key === key)?.title

  function chooseContent(key: string) {
    setContent(key)
    setOverrides({})
    setCampaignChoice(null)
    setBundle([])
    setTitleVariants({})
  }

  function toggle(id: string, on: boolean) {
    setOverrides((current) => ({ ...current, [id]: on }))
    if (on) setTimes((current) => (current[id] ? current : { ...current, [id]: defaultTime }))
  }

  async function submit() {
    if (!ref) return setMessages(['请先选择要排期的内容。'])
    const ordered = accounts.map((a) => String(a.id)).filter((id) => checked.includes(id))
    const filled = Object.fromEntries(ordered.map((id) => [id, times[id] ?? defaultTime]))
    const articles = bundleShown ? bundle.flatMap((key) => contents.find((option) => option.key === key)?.id ?? []) : []
    const built = slotsOf({
      checked: ordered,
      times: filled,
      modes,
      timeZone: props.timeZone,
      nameOf,
      bundle: { to: multiArticle.map((account) => String(account.id)), articles },
      titleVariants,
    })
    if (!built.ok) return setMessages([built.message])
    setSaving(true)
    setMessages([])
    const reply = await createEntries({
      content: { relationTo: ref.relationTo, value: ref.id },
      campaign: campaign || null,
      slots: built.slots,
    })
    setSaving(false)
    if (reply.ok) props.onDone(true)
    else setMessages(reply.messages)
  }

  return (
    <div
      data-testid="entry-form"
      style={{ border: '1px solid var(--theme-elevation-150)', padding: 12, margin: '12px 0', borderRadius: 4 }}
    >
      <strong>新建排期</strong>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginTop: 8 }}>
        <ScriptSelect aria-label="内容" value={content} onChange={(e) => chooseContent(e.target.value)}>
          <option value="">选择内容…</option>
          {contents.map((option) => (
            <option key={option.key} value={option.key}>
              [{KIND_LABEL[option.relationTo]}] {option.title}
            </option>
          ))}
        </ScriptSelect>
        <CampaignSelect campaigns={props.campaigns} value={campaign} onChange={setCampaignChoice} />
      </div>
      <fieldset aria-busy={list === 'loading'} data-account-list={list} style={{ border: 0, padding: 0, margin: '12px 0 0' }}>
        <legend style={{ fontSize: 13, marginBottom: 4 }}>发布账号和时间（{timezoneLabel(props.timeZone)}）</legend>
        {list !== 'ready' && (
          <div style={{ fontSize: 13, opacity: list === 'no-accounts' || list === 'none-assigned' ? 1 : 0.7 }}>{LIST_NOTE[list]}</div>
        )}
        {list === 'ready' &&
          accounts.map((account) => {
            const id = String(account.id)
            const on = checked.includes(id)
            const already = scheduled.has(id)
            const push = pushOf(account)
            return (
              <div key={id} style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', minHeight: 32 }}>
                <label style={{ display: 'flex', gap: 4, alignItems: 'center', minWidth: 220, opacity: already ? 0.6 : 1 }}>
                  <ScriptInput
                    type="checkbox"
                    name="accounts"
                    value={id}
                    checked={on}
                    disabled={already}
                    onChange={(e) => toggle(id, e.target.checked)}
                  />
                  {account.name}
                  <span style={{ fontSize: 12, opacity: 0.7 }}>
                    {PLATFORM_LABELS[account.platform]?.zh ?? ''}
                    {already ? ' · 已排期' : ''}
                  </span>
                </label>
                {on && (
                  <ScriptInput
                    type="datetime-local"
                    aria-label={`${account.name}的发布时间`}
                    data-testid={`entry-time-${id}`}
                    value={times[id] ?? defaultTime}
                    onChange={(e) => setTimes((current) => ({ ...current, [id]: e.target.value }))}
                  />
                )}
                {on && chosen && chosen.candidates.length > 0 && (
                  <ScriptSelect
                    aria-label={`${account.name}的发布标题`}
                    title="标题测试：同一内容的不同排期选不同标题，数据回来后在内容页看哪个胜出"
                    value={String(titleVariants[id] ?? 1)}
                    onChange={(e) => setTitleVariants((current) => ({ ...current, [id]: Number(e.target.value) }))}
                  >
                    {[chosen.title, ...chosen.candidates].map((text, index) => (
                      <option key={index} value={String(index + 1)}>
                        标题 {index + 1}：{text || '（空）'}
                      </option>
                    ))}
                  </ScriptSelect>
                )}
                {on && push && (
                  <ScriptSelect
                    aria-label={`${account.name}的推送方式`}
                    value={modes[id] ?? defaultModeOf(account) ?? push.modes[0]}
                    onChange={(e) => setModes((current) => ({ ...current, [id]: e.target.value }))}
                  >
                    {push.modes.map((mode) => (
                      <option key={mode} value={mode}>
                        {PUSH_MODE_LABELS[mode].zh}
                      </option>
                    ))}
                  </ScriptSelect>
                )}
              </div>
            )
          })}
      </fieldset>
      {bundleShown && (
        <div data-testid="new-entry-bundle" style={{ marginTop: 8, paddingTop: 8, borderTop: '1px dashed var(--theme-elevation-150)' }}>
          <BundleBuilder
            lead={chosen}
            candidates={contents.filter(isBundleReady)}
            chosen={bundle}
            most={mostAfterLead}
            titleOf={titleOf}
            onChange={setBundle}
          />
          {multiArticle.length > 1 && (
            <div style={{ fontSize: 12, opacity: 0.8 }}>
              次条会加到勾选的每个公众号排期里：{multiArticle.map((a) => a.name).join('、')}。
            </div>
          )}
        </div>
      )}
      {ref && platforms.length > 0 && (
        <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap', marginTop: 12 }}>
          {platforms.map((platform) => (
            <SlotPreview key={platform} relationTo={ref.relationTo} id={ref.id} platform={platform} />
          ))}
        </div>
      )}
      {messages.length > 0 && (
        <ul role="alert" style={{ color: 'var(--theme-error-500)', margin: '8px 0 0', paddingLeft: 18 }}>
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      <div style={{ display: 'flex', gap: 8, marginTop: 12 }}>
        <ScriptButton
          className="btn btn--style-primary btn--size-small"
          disabled={!ref || checked.length === 0 || saving}
          onClick={() => void submit()}
        >
          {saving ? '正在创建…' : '创建排期'}
        </ScriptButton>
        <ScriptButton className="btn btn--style-secondary btn--size-small" onClick={() => props.onDone(false)}>
          取消
        </ScriptButton>
      </div>
    </div>
  )
}
