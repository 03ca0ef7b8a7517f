import { csvRow } from '../../../lib/csv/csvRow'
import { POST_METRIC_LABELS, POST_METRICS } from '../../../lib/analytics/metricNames'
import { COMPLETION_RATE_LABEL, DATE_COLUMN, FOLLOWER_LABELS, POSITION_COLUMN } from './metricColumns'

/**
 * The two spreadsheets an account's import takes, each with one example row: per post and day
 * (matched to the account's post by its link, or by 发布记录ID), and the account's followers per day.
 * A UTF-8 BOM first, so Excel opens the Chinese headers correctly.
 */
export function metricsCsvTemplate(args: { kind: 'posts' | 'followers'; exampleDay: string }): string {
  if (args.kind === 'followers') {
    const header = [DATE_COLUMN, FOLLOWER_LABELS.followers, FOLLOWER_LABELS.newFollowers, FOLLOWER_LABELS.lostFollowers]
    return `\ufeff${csvRow(header)}${csvRow([args.exampleDay, '12000', '35', '4'])}`
  }
  const metrics = POST_METRICS.filter((name) => name !== 'pushReaders')
  const header = [DATE_COLUMN, '链接', POSITION_COLUMN, ...metrics.map((name) => POST_METRIC_LABELS[name].zh), COMPLETION_RATE_LABEL]
  const example = [
    args.exampleDay,
    'https://example.com/把这里换成发布链接',
    '1',
    ...metrics.map((name) => (name === 'readers' ? '1200' : '')),
    '',
  ]
  return `\ufeff${csvRow(header)}${csvRow(example)}`
}
