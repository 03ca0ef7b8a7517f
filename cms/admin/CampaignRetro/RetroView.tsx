import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { env } from '../../../lib/env'
import { addDays } from '../../../lib/zonedTime'
import { loadRetro } from '../../planning/retro/loadRetro'
import type { RetroPage } from '../../planning/retro/retroPage'
import { RankedPosts } from '../CampaignResults/RankedPosts'
import { AdminViewFrame } from '../AdminViewFrame'
import { RetroBudgetTable } from './RetroBudgetTable'
import { RetroDeliverables } from './RetroDeliverables'
import { RetroKpiTable } from './RetroKpiTable'
import { RetroNotesForm } from './RetroNotesForm'
import { H3, MUTED, SECTION } from './retroStyles'
import { SaveCaseButton } from './SaveCaseButton'

/** The campaign id from /admin/retro/:id (Payload passes the admin path as segments). */
function campaignIdOf(params: AdminViewServerProps['params']): string {
  const segments = params?.segments
  const list = Array.isArray(segments) ? segments : typeof segments === 'string' ? [segments] : []
  return decodeURIComponent(list[list.indexOf('retro') + 1] ?? '')
}

/**
 * 复盘 (/admin/retro/:id): a campaign's KPI lines against their targets, budget planned against spent,
 * the checklist, the best posts and the notes; editors save it to the 案例库. Before the end date it
 * says when the 复盘 opens and shows the numbers so far. Read with the person's own access.
 */
export function RetroView(view: AdminViewServerProps) {
  const id = campaignIdOf(view.params)
  if (!view.initPageResult.req.user) redirect(`/admin/login?redirect=${encodeURIComponent(`/admin/retro/${encodeURIComponent(id)}`)}`)
  return <AdminViewFrame view={view} title="活动复盘" render={() => <RetroContent view={view} id={id} />} />
}

async function RetroContent({ view, id }: { view: AdminViewServerProps; id: string }) {
  const page = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await loadRetro({ req: view.initPageResult.req, id, now: new Date() }) : null
  if (!page) {
    return (
      <div data-testid="retro-view">
        <p>找不到这个活动，或者你没有权限查看。</p>
        <a href="/admin/collections/campaigns">返回活动列表</a>
      </div>
    )
  }
  const campaignUrl = `/admin/collections/campaigns/${encodeURIComponent(String(page.campaign.id))}`
  return (
    <div data-testid="retro-view" data-retro-open={page.open ? 'true' : 'false'} style={{ maxWidth: 960, paddingBottom: 48 }}>
      <Summary page={page} campaignUrl={campaignUrl} />
      <section style={SECTION}>
        <h3 style={H3}>目标与结果</h3>
        <RetroKpiTable kpis={page.kpis} />
      </section>
      <section style={SECTION}>
        <h3 style={H3}>预算：计划与实际</h3>
        <RetroBudgetTable budget={page.budget} />
      </section>
      <section style={SECTION}>
        <h3 style={H3}>交付清单</h3>
        <RetroDeliverables rows={page.deliverables} />
      </section>
      <section style={SECTION}>
        <h3 style={H3}>表现最好的内容</h3>
        <RankedPosts posts={page.topPosts} timeZone={env.APP_TIMEZONE} />
      </section>
      <section style={SECTION}>
        <h3 style={H3}>复盘总结</h3>
        {page.can.editNotes ? (
          <RetroNotesForm id={page.campaign.id} whatWorked={page.notes.whatWorked} lessons={page.notes.lessons} />
        ) : (
          <Notes notes={page.notes} />
        )}
      </section>
      <CaseSection page={page} />
    </div>
  )
}

function Summary({ page, campaignUrl }: { page: RetroPage; campaignUrl: string }) {
  const { period } = page
  return (
    <section style={SECTION}>
      <div style={{ fontSize: 18, fontWeight: 600 }}>
        <a href={campaignUrl} data-testid="retro-campaign">
          {page.campaign.name}
        </a>
      </div>
      <div style={{ marginTop: 4 }}>活动时间：{`${period.from} 至 ${period.end ?? '未定'}`}</div>
      <div style={{ marginTop: 4, whiteSpace: 'pre-wrap' }}>目标：{page.campaign.goal || '（未填写）'}</div>
      {page.open ? null : (
        <p data-testid="retro-not-open" style={{ margin: '8px 0 0', color: '#d46b08' }}>
          {period.end === null
            ? '这个活动还没有结束时间，填写结束时间后，活动结束的第二天开放复盘。'
            : `复盘在 ${period.end} 活动结束后开放（${addDays(period.end, 1)} 起）。`}
          {period.started ? `下面是截至 ${period.measuredTo} 的数据。` : '活动还没有开始，暂无数据。'}
        </p>
      )}
    </section>
  )
}

function Notes({ notes }: { notes: RetroPage['notes'] }) {
  return (
    <div data-testid="retro-notes">
      <h4 style={{ margin: '0 0 4px' }}>做得好的</h4>
      <p style={{ whiteSpace: 'pre-wrap', margin: '0 0 12px' }}>{notes.whatWorked || '（还没有填写）'}</p>
      <h4 style={{ margin: '0 0 4px' }}>经验教训</h4>
      <p style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{notes.lessons || '（还没有填写）'}</p>
    </div>
  )
}

function CaseSection({ page }: { page: RetroPage }) {
  const saved = page.savedCase
  if (!saved && !page.can.saveCase) return null
  return (
    <section style={SECTION}>
      <h3 style={H3}>案例库</h3>
      {saved ? (
        <p style={{ margin: '0 0 8px' }}>
          已存为案例：
          <a href={`/admin/collections/campaign-templates/${encodeURIComponent(String(saved.id))}`} data-testid="retro-saved-case">
            {saved.name}
          </a>
        </p>
      ) : null}
      {page.can.saveCase && page.open ? (
        <>
          <SaveCaseButton id={page.campaign.id} saved={saved !== null} />
          <p style={{ ...MUTED, fontSize: 12, margin: '6px 0 0' }}>
            案例会带上已保存的复盘总结、目标与结果，以及计划、预算和交付清单，下次新建活动时可直接套用。
          </p>
        </>
      ) : null}
      {page.can.saveCase && !page.open ? <p style={MUTED}>活动结束后可以存为案例。</p> : null}
    </section>
  )
}
