import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { PostStatRow } from '../../../publishers'
import { planPostDays, type StoredDay } from './dailyFromCumulative'

const row = (date: string, numbers: Partial<PostStatRow>, kind: PostStatRow['kind'] = 'cumulative'): PostStatRow => ({
  deliveryId: '7',
  position: 1,
  externalId: '2247503052_1',
  date,
  kind,
  final: true,
  ...numbers,
})

/** The planned days as [date, readers, shares] for short expectations. */
const brief = (days: ReturnType<typeof planPostDays>) => days.map((day) => [day.date, day.numbers.readers, day.numbers.shares])

describe('planPostDays: cumulative totals become the day’s own numbers', () => {
  const cases: { name: string; incoming: PostStatRow[]; stored: StoredDay[]; expected: (string | number | null)[][] }[] = [
    {
      name: 'the first day is the total; each later day the growth',
      incoming: [row('2025-12-01', { readers: 120, shares: 9 }), row('2025-12-02', { readers: 150, shares: 11 })],
      stored: [],
      expected: [
        ['2025-12-01', 120, 9],
        ['2025-12-02', 30, 2],
      ],
    },
    {
      name: 'out of order in the reply, ordered by day',
      incoming: [row('2025-12-03', { readers: 160 }), row('2025-12-01', { readers: 120 }), row('2025-12-02', { readers: 150 })],
      stored: [],
      expected: [
        ['2025-12-01', 120, null],
        ['2025-12-02', 30, null],
        ['2025-12-03', 10, null],
      ],
    },
    {
      name: 'stored earlier days (outside this window) are subtracted',
      incoming: [row('2025-12-05', { readers: 200 })],
      stored: [
        { date: '2025-12-01', source: 'api', readers: 120 },
        { date: '2025-12-02', source: 'api', readers: 30 },
      ],
      expected: [['2025-12-05', 50, null]],
    },
    {
      name: 'a second run over the same days gives the same numbers (the stored rows of those days do not count against themselves)',
      incoming: [row('2025-12-01', { readers: 120 }), row('2025-12-02', { readers: 150 })],
      stored: [
        { date: '2025-12-01', source: 'api', readers: 120 },
        { date: '2025-12-02', source: 'api', readers: 30 },
      ],
      expected: [
        ['2025-12-01', 120, null],
        ['2025-12-02', 30, null],
      ],
    },
    {
      name: 'a later day stored before does not count for an earlier one',
      incoming: [row('2025-12-01', { readers: 125 })],
      stored: [{ date: '2025-12-02', source: 'api', readers: 30 }],
      expected: [['2025-12-01', 125, null]],
    },
    {
      name: 'never negative when the platform revises a total down',
      incoming: [row('2025-12-02', { readers: 110, shares: 9 })],
      stored: [{ date: '2025-12-01', source: 'api', readers: 120, shares: 9 }],
      expected: [['2025-12-02', 0, 0]],
    },
    {
      name: 'a metric the platform does not report stays null, and a null earlier day counts as 0',
      incoming: [row('2025-12-02', { readers: 150 })],
      stored: [{ date: '2025-12-01', source: 'api', readers: 120, shares: null }],
      expected: [['2025-12-02', 30, null]],
    },
    {
      name: 'a day a person entered is kept, and counts as an earlier day',
      incoming: [row('2025-12-01', { readers: 120 }), row('2025-12-02', { readers: 150 })],
      stored: [{ date: '2025-12-01', source: 'manual', readers: 100 }],
      expected: [['2025-12-02', 50, null]],
    },
    {
      name: 'CSV rows are kept too',
      incoming: [row('2025-12-01', { readers: 120 })],
      stored: [{ date: '2025-12-01', source: 'csv', readers: 99 }],
      expected: [],
    },
    {
      name: 'daily rows are stored as they are',
      incoming: [row('2025-12-01', { readers: 40 }, 'daily'), row('2025-12-02', { readers: 30 }, 'daily')],
      stored: [{ date: '2025-11-30', source: 'api', readers: 500 }],
      expected: [
        ['2025-12-01', 40, null],
        ['2025-12-02', 30, null],
      ],
    },
    {
      name: 'the same day twice in a reply: the last one wins',
      incoming: [row('2025-12-01', { readers: 100 }), row('2025-12-01', { readers: 120 })],
      stored: [],
      expected: [['2025-12-01', 120, null]],
    },
  ]
  for (const c of cases) {
    test(c.name, () => {
      assert.deepEqual(brief(planPostDays({ incoming: c.incoming, stored: c.stored })), c.expected)
    })
  }

  test('the completion rate is not a count: stored as given, clamped to 0..1', () => {
    const days = planPostDays({
      incoming: [
        row('2025-12-01', { completionRate: 0.55 }),
        row('2025-12-02', { completionRate: 0.54 }),
        row('2025-12-03', { completionRate: 1.2 }),
      ],
      stored: [],
    })
    assert.deepEqual(
      days.map((day) => day.numbers.completionRate),
      [0.55, 0.54, 1],
    )
  })

  test('every metric is present (null when not reported); counts are whole and not negative; final and the platform id are kept', () => {
    const [day] = planPostDays({ incoming: [{ ...row('2025-12-01', { plays: 88.4, likes: -3 }), final: false }], stored: [] })
    assert.deepEqual(day, {
      date: '2025-12-01',
      final: false,
      externalId: '2247503052_1',
      numbers: {
        completionRate: null,
        readers: null,
        reads: null,
        pushReaders: null,
        plays: 88,
        shares: null,
        likes: 0,
        wows: null,
        comments: null,
        favorites: null,
        reposts: null,
      },
    })
  })
})
