import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps, PayloadRequest } from 'payload'
import { env } from '../../../lib/env'
import { NeedsAttention } from '../NeedsAttention'
import { PauseBanner } from '../PauseBanner'
import { ReviewQueue } from '../ReviewQueue'
import { ageLabel } from './ageLabel'
import { CadenceGaps } from './CadenceGaps'
import { itemHref } from './display'
import { DraftList } from './DraftList'
import { HandoffList } from './HandoffList'
import { HomeSection } from './HomeSection'
import { loadHome } from './loadHome'
import { SlotList } from './SlotList'
import { WeekNumbersCard } from './WeekNumbersCard'

/**
 * /admin: the home page per role, in place of Payload's stock dashboard. Payload already renders the
 * dashboard inside its default template (navigation, header) and sends visitors to the login, so this
 * view does not use AdminViewFrame: that would draw the header twice.
 */
export function HomeView(view: AdminViewServerProps) {
  const { req } = view.initPageResult
  if (!req.user) return null
  return (
    <Gutter>
      <h1 style={{ margin: '24px 0 16px' }}>首页</h1>
      <HomeContent req={req} userId={req.user.id} />
    </Gutter>
  )
}

const GRID = { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(340px, 1fr))', gap: 16, marginBottom: 16 } as const

async function HomeContent({ req, userId }: { req: PayloadRequest; userId: string | number }) {
  const now = new Date()
  const timeZone = env.APP_TIMEZONE
  const home = await loadHome({ payload: req.payload, req, userId, now, timeZone })
  const slotCount = home.slotsToday.length + home.slotsWeek.length
  return (
    <div style={{ paddingBottom: 48 }}>
      <PauseBanner />
      <div style={GRID}>
        {home.awaitingOperator && (
          <HomeSection
            testId="home-awaiting-operator"
            title="待发布（交给运营）"
            count={home.awaitingOperator.length}
            alert={home.awaitingOperator.some((row) => row.late)}
            empty="没有等待运营发布的内容。"
          >
            <HandoffList rows={home.awaitingOperator} timeZone={timeZone} />
          </HomeSection>
        )}
        {home.reviewQueue && (
          <HomeSection testId="home-review-queue" title="待我审核" count={home.reviewQueue.length} empty="没有等待你审核的内容。">
            <ReviewQueue rows={home.reviewQueue} now={now} timeZone={timeZone} />
          </HomeSection>
        )}
        <HomeSection testId="home-my-drafts" title="我的稿件" count={home.drafts.length} empty="没有进行中的稿件。">
          <DraftList items={home.drafts} now={now} />
        </HomeSection>
        <HomeSection
          testId="home-failures"
          title="发布失败"
          alert
          count={home.failures ? home.failures.length : home.failureNotes.length}
          empty={home.editorial ? '没有失败或待确认的发布。' : '最近一周你的内容没有发布失败。'}
        >
          {home.failures ? (
            <NeedsAttention rows={home.failures} />
          ) : (
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {home.failureNotes.map((note) => (
                <li key={note.id} style={{ whiteSpace: 'pre-line', marginBottom: 6 }}>
                  {note.message}
                  <span style={{ marginLeft: 8, fontSize: 13, opacity: 0.7 }}>{ageLabel({ at: note.createdAt, now })}</span>
                  {note.item && (
                    <a href={itemHref(note.item)} style={{ marginLeft: 8 }}>
                      打开内容
                    </a>
                  )}
                </li>
              ))}
            </ul>
          )}
        </HomeSection>
        {home.handoffs && (
          <HomeSection testId="home-handoffs" title="等我手动发布" count={home.handoffs.length} empty="没有需要手动发布的内容。">
            <NeedsAttention rows={home.handoffs} />
          </HomeSection>
        )}
      </div>
      <div style={GRID}>
        {home.cadence && <CadenceGaps warning={home.cadence} />}
        <HomeSection
          testId="home-slots"
          title={home.editorial ? '本周排期' : '我的内容本周排期'}
          count={slotCount}
          empty="本周还没有排期。"
        >
          <h4 style={{ margin: '4px 0' }}>今天（{home.today}）</h4>
          {home.slotsToday.length ? (
            <SlotList slots={home.slotsToday} timeZone={timeZone} timeOnly />
          ) : (
            <p style={{ margin: 0, opacity: 0.7 }}>今天没有排期。</p>
          )}
          {home.slotsWeek.length > 0 && (
            <>
              <h4 style={{ margin: '12px 0 4px' }}>本周其他时间</h4>
              <SlotList slots={home.slotsWeek} timeZone={timeZone} />
            </>
          )}
          <p style={{ margin: '8px 0 0', fontSize: 13 }}>
            <a href="/admin/calendar">打开日历</a>
          </p>
        </HomeSection>
        <HomeSection testId="home-numbers" title="本周数据" empty="">
          <WeekNumbersCard numbers={home.numbers} />
        </HomeSection>
      </div>
    </div>
  )
}
