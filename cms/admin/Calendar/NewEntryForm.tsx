'use client'
import { useEffect, useState } from 'react'
import { zonedToUtc } from '../../../lib/zonedTime'
import type { ContentDoc, ContentSlug } from '../../content'
import type { PlatformAccount } from '../../payload-types'
import { adminFetch } from '../adminApi'
import type { CampaignOption } from './useCalendarData'

/** `id` as the database gave it (a number on SQLite, a string on MongoDB): sent back unchanged. */
type Option = { value: string; label: string; relationTo?: ContentSlug; id: string | number }
const KINDS: { slug: ContentSlug; label: string }[] = [
  { slug: 'articles', label: '图文' },
  { slug: 'posters', label: '海报' },
  { slug: 'videos', label: '视频' },
]

/** A new entry from an empty slot: content, account and time on that day. */
export function NewEntryForm(props: { date: string; timeZone: string; campaigns: CampaignOption[]; onDone: () => void }) {
  const [contentOptions, setContentOptions] = useState<Option[]>([])
  const [accounts, setAccounts] = useState<Option[]>([])
  const [content, setContent] = useState('')
  const [account, setAccount] = useState('')
  const [campaign, setCampaign] = useState('')
  const [time, setTime] = useState('20:00')
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    void Promise.all(
      KINDS.map((k) =>
        adminFetch<{ docs: Pick<ContentDoc, 'id' | 'title' | 'status'>[] }>(
          `/${k.slug}?limit=100&depth=0&sort=-updatedAt&where[status][not_equals]=archived`,
        ).then((r) =>
          r.ok
            ? r.data.docs.map((d) => ({ value: `${k.slug}:${d.id}`, label: `[${k.label}] ${d.title}`, relationTo: k.slug, id: d.id }))
            : [],
        ),
      ),
    ).then((lists) => setContentOptions(lists.flat()))
    void adminFetch<{ docs: Pick<PlatformAccount, 'id' | 'name'>[] }>('/platform-accounts?limit=50&depth=0').then(
      (r) => r.ok && setAccounts(r.data.docs.map((a) => ({ value: String(a.id), label: a.name, id: a.id }))),
    )
  }, [])

  async function save() {
    const lead = contentOptions.find((o) => o.value === content)
    const chosenAccount = accounts.find((o) => o.value === account)
    const chosenCampaign = props.campaigns.find((c) => String(c.id) === campaign)
    if (!lead?.relationTo || !chosenAccount) return
    const publishAt = zonedToUtc({ date: props.date, time, timeZone: props.timeZone }).toISOString()
    const reply = await adminFetch('/calendar-entries', {
      method: 'POST',
      body: {
        content: { relationTo: lead.relationTo, value: lead.id },
        account: chosenAccount.id,
        publishAt,
        campaign: chosenCampaign?.id,
      },
    })
    if (reply.ok) props.onDone()
    else setError(reply.message)
  }

  return (
    <div style={{ border: '1px solid var(--theme-elevation-150)', padding: 12, margin: '12px 0', borderRadius: 4 }}>
      <strong>新建排期 · {props.date}</strong>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginTop: 8 }}>
        <select value={content} onChange={(e) => setContent(e.target.value)}>
          <option value="">选择内容…</option>
          {contentOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <select value={account} onChange={(e) => setAccount(e.target.value)}>
          <option value="">选择账号…</option>
          {accounts.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <select value={campaign} onChange={(e) => setCampaign(e.target.value)}>
          <option value="">（不属于活动）</option>
          {props.campaigns.map((c) => (
            <option key={c.id} value={String(c.id)}>
              {c.name}
            </option>
          ))}
        </select>
        <input type="time" value={time} onChange={(e) => setTime(e.target.value)} />
        <button
          type="button"
          className="btn btn--style-primary btn--size-small"
          disabled={!content || !account}
          onClick={() => void save()}
        >
          保存
        </button>
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={props.onDone}>
          取消
        </button>
      </div>
      {error && <div style={{ color: 'var(--theme-error-500)', marginTop: 8 }}>{error}</div>}
    </div>
  )
}
