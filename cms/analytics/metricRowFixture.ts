import type { MetricRow } from './metricRow'

/** A post-metrics row for the unit tests: a WeChat article's day unless told otherwise. */
export function metricRow(overrides: Partial<MetricRow>): MetricRow {
  return {
    delivery: 1,
    position: 1,
    date: '2026-12-01',
    account: 1,
    platform: 'wechat',
    campaign: null,
    contentType: 'article',
    contentId: 1,
    contentCollection: 'articles',
    author: null,
    publishedAt: null,
    titleVariant: null,
    source: 'api',
    final: true,
    completionRate: null,
    ...overrides,
  }
}
