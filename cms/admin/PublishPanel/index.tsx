'use client'
import { useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import { PLATFORM_LABELS } from '../../../lib/platforms'
import { zonedDate } from '../../../lib/zonedTime'
import { isContentSlug } from '../../content'
import type { PlatformAccount } from '../../payload-types'
import { adminFetch } from '../adminApi'
import { NewEntriesForm } from '../Calendar/NewEntriesForm'
import { useCampaignOptions } from '../Calendar/useCampaignOptions'
import { useItemPlan } from '../Calendar/useItemPlan'
import { useTeamTimezone } from '../useTeamTimezone'
import { DeliveryRow, type DeliveryView } from './DeliveryRow'
import { PhonePreview } from './PhonePreview'
import { publishNowAccounts, publishNowQuestion, targetIdsOf, unscheduledTargets } from './publishTargets'
import { ScriptButton } from '../ScriptControls'

type Account = Pick<PlatformAccount, 'id' | 'name' | 'platform'>
const PUBLISHABLE = ['approved', 'scheduled', 'published']
const MOVING = ['queued', 'sending', 'processing']

/** 立即发布 for approved content, and every delivery of it with its result or next step. */
export function PublishPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth<{ id: string | number; role?: string }>()
  const status = useFormFields(([fields]) => fields.status?.value)
  const owner = useFormFields(([fields]) => fields.owner?.value)
  const targetsValue = useFormFields(([fields]) => fields.targets?.value)
  const timeZone = useTeamTimezone()
  const [accounts, setAccounts] = useState<Account[]>([])
  const [deliveries, setDeliveries] = useState<DeliveryView[]>([])
  const [message, setMessage] = useState<string | null>(null)
  const [confirming, setConfirming] = useState<Account | null>(null)
  const [scheduling, setScheduling] = useState(false)
  const [planVersion, setPlanVersion] = useState(0)
  const editorial = user?.role === 'admin' || user?.role === 'editor'
  const slug = isContentSlug(collectionSlug) ? collectionSlug : null
  const plan = useItemPlan({ relationTo: editorial ? slug : null, id: id ?? null, version: planVersion })
  const campaigns = useCampaignOptions(scheduling)

  const load = useCallback(async () => {
    if (!id || !editorial) return
    const where = `where[content.relationTo][equals]=${collectionSlug}&where[content.value][equals]=${encodeURIComponent(String(id))}`
    const [a, d] = await Promise.all([
      adminFetch<{ docs: Account[] }>('/platform-accounts?limit=50&depth=0'),
      adminFetch<{ docs: DeliveryView[] }>(`/deliveries?${where}&sort=-createdAt&limit=20&depth=0`),
    ])
    if (a.ok) setAccounts(a.data.docs)
    if (d.ok) setDeliveries(d.data.docs)
  }, [id, collectionSlug, editorial])

  useEffect(() => void load(), [load])
  useEffect(() => {
    if (!deliveries.some((d) => MOVING.includes(d.state))) return
    const timer = setInterval(() => void load(), 3000)
    return () => clearInterval(timer)
  }, [deliveries, load])

  const own = owner !== undefined && owner !== null && user !== null && String(owner) === String(user?.id)
  // The author previews their own article on the phone before approval; the rest of the panel is the editors'.
  if (id && !editorial && own && collectionSlug === 'articles')
    return (
      <div style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, marginBottom: 16 }}>
        <div style={{ fontWeight: 600 }}>手机预览</div>
        <PhonePreview articleId={id} />
      </div>
    )
  if (!id || !editorial) return null
  const ready = PUBLISHABLE.includes(String(status))

  async function publishTo(account: Account) {
    setConfirming(null)
    setMessage(null)
    const reply = await adminFetch<{ message: string }>('/deliveries', {
      method: 'POST',
      body: { content: { relationTo: collectionSlug, value: id }, account: account.id },
    })
    setMessage(reply.ok ? reply.data.message : reply.message)
    void load()
  }

  const nameOf = (accountId: string | number) => accounts.find((a) => String(a.id) === String(accountId))?.name ?? `账号 ${accountId}`
  const targets = targetIdsOf(targetsValue)
  const publishable = publishNowAccounts({ accounts, targets })
  const toSchedule = unscheduledTargets({ targets, scheduled: plan?.scheduled ?? [] })
  // With no 发布账号 on the item, 排期 still opens (the accounts are picked in the form).
  const canSchedule = slug !== null && status !== 'archived' && (targets.length === 0 || toSchedule.length > 0)
  return (
    <div style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, marginBottom: 16 }}>
      <div style={{ fontWeight: 600, marginBottom: 8 }}>发布</div>
      {!ready && <div style={{ fontSize: 13 }}>审核通过（定稿）后才能发布。</div>}
      {plan && plan.scheduled.length > 0 && (
        <div data-testid="publish-scheduled" style={{ fontSize: 13, marginBottom: 8 }}>
          已排期：{[...new Set(plan.scheduled.map((a) => nameOf(a)))].join('、')}
        </div>
      )}
      {canSchedule && !scheduling && (
        <ScriptButton
          data-testid="publish-schedule"
          className="btn btn--style-primary btn--size-small"
          style={{ marginBottom: 8 }}
          onClick={() => setScheduling(true)}
        >
          排期
        </ScriptButton>
      )}
      {scheduling && slug && (
        <NewEntriesForm
          date={zonedDate({ at: new Date(Date.now() + 86_400_000), timeZone })}
          timeZone={timeZone}
          campaigns={campaigns}
          item={{ relationTo: slug, id }}
          onDone={(created) => {
            setScheduling(false)
            if (created) {
              setMessage('排期已创建，可在排期日历里查看。')
              setPlanVersion((v) => v + 1)
              void load()
            }
          }}
        />
      )}
      {ready && targets.length === 0 && <div style={{ fontSize: 13 }}>立即发布：请先在「发布账号」里选择要发布到的账号并保存。</div>}
      {ready && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
          {publishable.map((account) => (
            <ScriptButton
              key={account.id}
              data-publish-now={String(account.id)}
              className="btn btn--style-secondary btn--size-small"
              onClick={() => setConfirming(account)}
            >
              立即发布到 {PLATFORM_LABELS[account.platform]?.zh} · {account.name}
            </ScriptButton>
          ))}
        </div>
      )}
      {confirming && (
        <div
          role="alertdialog"
          data-testid="publish-now-confirm"
          style={{ marginTop: 8, padding: 8, border: '1px solid var(--theme-warning-500)', borderRadius: 4, fontSize: 13 }}
        >
          <div>{publishNowQuestion(confirming)}</div>
          <div style={{ display: 'flex', gap: 8, marginTop: 6 }}>
            <ScriptButton className="btn btn--style-primary btn--size-small" onClick={() => void publishTo(confirming)}>
              确定发布
            </ScriptButton>
            <ScriptButton className="btn btn--style-secondary btn--size-small" onClick={() => setConfirming(null)}>
              取消
            </ScriptButton>
          </div>
        </div>
      )}
      {collectionSlug === 'articles' && <PhonePreview articleId={id} />}
      {message && <div style={{ marginTop: 8, fontSize: 13 }}>{message}</div>}
      {deliveries.length > 0 && (
        <ul style={{ listStyle: 'none', padding: 0, margin: '8px 0 0' }}>
          {deliveries.map((d) => (
            <DeliveryRow key={d.id} delivery={d} accountName={nameOf(d.account)} onChanged={() => void load()} />
          ))}
        </ul>
      )}
    </div>
  )
}
