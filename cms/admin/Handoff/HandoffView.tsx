import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { env } from '../../../lib/env'
import { isHandoffLate } from '../../delivery/handoffLate'
import { AdminViewFrame } from '../AdminViewFrame'
import { slotTime } from '../Home/display'
import { deliveryStateLabel, platformLabel } from '../labels'
import { CancelHandoffButton } from './CancelHandoffButton'
import { HandoffFields } from './HandoffFields'
import { HandoffMediaItem, HandoffMediaList } from './HandoffMediaList'
import { handoffQrDataUrl } from './handoffQr'
import { type HandoffPage, loadHandoff } from './loadHandoff'
import { MarkPublishedForm } from './MarkPublishedForm'
import { phoneOrigin, requestOriginOf } from './phoneOrigin'

/** The delivery id from /admin/handoff/:id (Payload passes the admin path as segments). */
function deliveryIdOf(params: AdminViewServerProps['params']): string {
  const segments = params?.segments
  const list = Array.isArray(segments) ? segments : typeof segments === 'string' ? [segments] : []
  return decodeURIComponent(list[list.indexOf('handoff') + 1] ?? '')
}

/**
 * The hand-off package page (/admin/handoff/:id): what the operator opens on the phone or the desktop
 * to post by hand — each text with 复制, the files numbered in posting order with 保存, the checklist,
 * the app's own publish button where there is one, a QR code of this page, the link form that
 * completes the delivery, and 取消 for one that will not be posted. Read with the person's own access;
 * visitors sign in first and come back here.
 */
export function HandoffView(view: AdminViewServerProps) {
  const id = deliveryIdOf(view.params)
  const path = `/admin/handoff/${encodeURIComponent(id)}`
  if (!view.initPageResult.req.user) redirect(`/admin/login?redirect=${encodeURIComponent(path)}`)
  return <AdminViewFrame view={view} title="发布包" render={() => <HandoffContent view={view} id={id} path={path} />} />
}

async function HandoffContent({ view, id, path }: { view: AdminViewServerProps; id: string; path: string }) {
  const { req } = view.initPageResult
  const page = id ? await loadHandoff({ req, id }) : null
  if (!page) {
    return (
      <div data-testid="handoff-view">
        <p>找不到这条发布记录，或者你没有权限查看（运营只能查看分配给自己的账号）。</p>
        <a href="/admin">返回首页</a>
      </div>
    )
  }
  const origin = phoneOrigin({ publicUrl: env.PUBLIC_URL, requestOrigin: requestOriginOf(req.headers), appOrigins: env.appOrigins })
  const qr = await handoffQrDataUrl(`${origin}${path}`)
  return (
    <div data-testid="handoff-view" data-state={page.state} style={{ maxWidth: 760, paddingBottom: 48 }}>
      <Summary page={page} />
      {page.state === 'published' ? <Published page={page} /> : <Package page={page} />}
      <section style={SECTION}>
        <h3 style={H3}>在手机上打开</h3>
        <img data-testid="handoff-qr" src={qr} alt={`本页二维码：${origin}${path}`} width={200} height={200} />
        <p style={{ fontSize: 12, opacity: 0.7, wordBreak: 'break-all', margin: '4px 0 0' }}>
          用手机扫码打开本页（需登录）：{origin}
          {path}
        </p>
      </section>
    </div>
  )
}

function Summary({ page }: { page: HandoffPage }) {
  const late = isHandoffLate({ state: page.state, dueAt: page.dueAt, now: new Date() })
  const platformName = page.platform ? platformLabel(page.platform) : ''
  return (
    <section style={SECTION}>
      <div style={{ fontSize: 18, fontWeight: 600 }}>
        {platformName}
        {page.accountName ? `「${page.accountName}」` : ''}
      </div>
      {page.item && (
        <div style={{ marginTop: 4 }}>
          内容：<a href={`/admin/collections/${page.item.relationTo}/${page.item.value}`}>{page.item.title || '（无标题）'}</a>
        </div>
      )}
      <div style={{ marginTop: 4 }}>
        计划时间：{page.dueAt ? slotTime({ at: page.dueAt, timeZone: env.APP_TIMEZONE }) : '未排期'}
        {late && (
          <strong data-testid="handoff-late" style={{ color: '#cf1322', marginLeft: 8 }}>
            已超时
          </strong>
        )}
      </div>
      <div style={{ marginTop: 4 }}>
        状态：<strong data-testid="handoff-state">{deliveryStateLabel(page.state)}</strong>
      </div>
    </section>
  )
}

function Published({ page }: { page: HandoffPage }) {
  return (
    <section style={SECTION} data-testid="handoff-published">
      <h3 style={{ ...H3, color: '#389e0d' }}>已发布</h3>
      {page.url ? (
        <a href={page.url} target="_blank" rel="noreferrer" style={{ wordBreak: 'break-all' }}>
          {page.url}
        </a>
      ) : (
        <p style={{ margin: 0 }}>已确认发布。</p>
      )}
      {page.publishedAt && (
        <p style={{ fontSize: 13, opacity: 0.7 }}>确认时间：{slotTime({ at: page.publishedAt, timeZone: env.APP_TIMEZONE })}</p>
      )}
    </section>
  )
}

function Package({ page }: { page: HandoffPage }) {
  const { pkg } = page
  if (!pkg) return <p style={SECTION}>这条发布记录没有发布包（它不是交给运营手动发布的）。</p>
  const platformName = platformLabel(pkg.platform)
  return (
    <>
      {pkg.openUrl && (
        <section style={SECTION}>
          <a href={pkg.openUrl} data-testid="handoff-open" style={PRIMARY}>
            打开{platformName}发布
          </a>
          <p style={{ fontSize: 12, opacity: 0.7, margin: '6px 0 0' }}>
            在装有{platformName} App 的手机上点这个按钮，发布要在 App 里完成。
          </p>
        </section>
      )}
      <section style={SECTION}>
        <h3 style={H3}>文字</h3>
        <HandoffFields pkg={pkg} />
      </section>
      <section style={SECTION}>
        <h3 style={H3}>图片和视频（按发布顺序）</h3>
        <HandoffMediaList media={pkg.media} />
      </section>
      {pkg.cover && (
        <section style={SECTION}>
          <h3 style={H3}>封面</h3>
          <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            <HandoffMediaItem media={pkg.cover} label="封面" testId="handoff-cover" />
          </ol>
        </section>
      )}
      {pkg.checklist.length > 0 && (
        <section style={SECTION}>
          <h3 style={H3}>发布步骤</h3>
          <ol data-testid="handoff-checklist" style={{ margin: 0, paddingLeft: 22 }}>
            {pkg.checklist.map((step, index) => (
              <li key={index} style={{ marginBottom: 4 }}>
                {step}
              </li>
            ))}
          </ol>
        </section>
      )}
      {page.state === 'awaiting_operator' && (
        <section style={SECTION}>
          <MarkPublishedForm id={page.id} />
          <p style={{ fontSize: 12, opacity: 0.7, margin: '6px 0 0' }}>
            发布成功后，把{platformName}里作品的分享链接贴回来，这条记录才算已发布。
          </p>
          <CancelHandoffButton id={page.id} />
        </section>
      )}
    </>
  )
}

const SECTION = { padding: '12px 0', borderBottom: '1px solid var(--theme-elevation-150)' } as const
const H3 = { margin: '0 0 8px' } as const
const PRIMARY = {
  display: 'inline-block',
  padding: '10px 20px',
  fontSize: 16,
  borderRadius: 4,
  background: 'var(--theme-success-500)',
  color: '#fff',
  textDecoration: 'none',
} as const
