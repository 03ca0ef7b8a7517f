'use client'
import { useMemo, useState } from 'react'
import { isPlatformId, type PlatformId } from '../../../../lib/platforms'
import { zonedDate } from '../../../../lib/zonedTime'
import type { CalendarLayout } from '../../../calendar/calendarGrid'
import { matrixDays, matrixGroups, type MatrixRange, shiftMatrixAnchor } from '../../../calendar/matrixGrid'
import { TopicTray } from '../topics/TopicTray'
import { useTopicPlacing } from '../topics/useTopicPlacing'
import { useCalendarData } from '../useCalendarData'
import { useCadenceGaps } from './useCadenceGaps'
import { MatrixTable } from './MatrixTable'
import { MatrixToolbar } from './MatrixToolbar'
import { useMatrixMove } from './useMatrixMove'
import { usePlatformAccounts } from './usePlatformAccounts'

/**
 * 按账号: the calendar as a matrix of accounts (rows, grouped by platform) and days (a week or a month in
 * the team's zone), so a day an account has nothing planned shows at once. Slots are dragged to another
 * day or to another account of the same platform; a 选题 from the tray dropped on a row's day takes a
 * slot on that account. Each day shows what the account's rhythm still misses.
 */
export function MatrixBoard(props: {
  timeZone: string
  initialDate?: string
  canMove: boolean
  onLayout: (layout: CalendarLayout) => void
}) {
  const { timeZone } = props
  const today = zonedDate({ at: new Date(), timeZone })
  const [range, setRange] = useState<MatrixRange>('week')
  const [anchor, setAnchor] = useState(props.initialDate ?? today)
  const [platform, setPlatform] = useState<PlatformId | ''>('')
  const [campaign, setCampaign] = useState('')
  const days = useMemo(() => matrixDays({ anchor, range }), [anchor, range])
  const data = useCalendarData({ days, timeZone, campaign })
  const { accounts, loaded } = usePlatformAccounts()
  const groups = useMemo(() => matrixGroups({ accounts, platform: isPlatformId(platform) ? platform : null }), [accounts, platform])
  const move = useMatrixMove({ entries: data.entries, timeZone, reload: data.reload })
  const placing = useTopicPlacing({ timeZone, enabled: props.canMove, onPlaced: data.reload })
  const gaps = useCadenceGaps({ from: days[0], to: days[days.length - 1], version: data.entries })

  return (
    <div>
      <MatrixToolbar
        days={days}
        range={range}
        onRange={setRange}
        onShift={(by) => setAnchor(by === 0 ? today : shiftMatrixAnchor({ anchor, range, by }))}
        onLayout={props.onLayout}
        platform={platform}
        onPlatform={setPlatform}
        campaign={campaign}
        onCampaign={setCampaign}
        campaigns={data.campaigns}
        timeZone={timeZone}
        canMove={props.canMove}
      />
      {props.canMove && <TopicTray placing={placing} hint="拖到某个账号的某一天，先为它占一个排期（默认 10:00）。" />}
      {move.message && (
        <div
          data-testid="matrix-message"
          data-kind={move.message.kind}
          role={move.message.kind === 'refused' ? 'alert' : 'status'}
          style={{ marginBottom: 8, color: move.message.kind === 'refused' ? '#cf1322' : undefined }}
        >
          {move.message.text}
        </div>
      )}
      {loaded && groups.length === 0 ? (
        <p data-testid="matrix-view">{platform ? '这个平台还没有账号。' : '还没有发布账号：在「发布账号」里添加后，这里每个账号一行。'}</p>
      ) : (
        <MatrixTable
          groups={groups}
          days={days}
          range={range}
          today={today}
          timeZone={timeZone}
          canMove={props.canMove}
          move={move}
          gaps={gaps}
          onTopicDrop={
            props.canMove
              ? ({ topicId, date, accountId }) => placing.place({ topicId, target: { date }, rowAccount: accountId })
              : undefined
          }
        />
      )}
    </div>
  )
}
