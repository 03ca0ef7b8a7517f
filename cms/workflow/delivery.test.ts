import assert from 'node:assert/strict'
import { test } from 'node:test'
import { DELIVERY_EVENTS, deliveryTarget, type DeliveryEvent } from './delivery'
import { DELIVERY_STATES, type DeliveryState } from './deliveryStates'

/**
 * Written by hand from design.md §6 and issue #10, not derived from the table: each row is one event,
 * each column one state, `.` where the event is refused. Columns:
 * queued sending processing manual awaiting_operator published failed needs_reauth unconfirmed held cancelled
 */
const COLUMNS: DeliveryState[] = [
  'queued',
  'sending',
  'processing',
  'manual',
  'awaiting_operator',
  'published',
  'failed',
  'needs_reauth',
  'unconfirmed',
  'held',
  'cancelled',
]
const EXPECTED: Record<DeliveryEvent, string> = {
  claim: '          sending   .            .            .         .             .          .       .            .            .       .',
  withdraw: '       .         cancelled    .            .         .             .          .       .            .            .       .',
  cancel: '         cancelled .          .            .         cancelled     .          .       .            .            cancelled .',
  accept: '         .         processing   processing   .         .             .          .       .            processing   .       .',
  hand_off: '       .         manual       .            .         .             .          .       .            .            .       .',
  await_operator: ' .         awaiting_operator .         .         .             .          .       .            .            .       .',
  publish: '        .         published    published    .         .             .          .       .            published    .       .',
  confirm: '        .         .            published    published published     .          .       .            published    .       .',
  requeue: '        .         queued       .            .         .             .          .       .            queued       .       .',
  fail: '           .         failed       failed       .         .             .          .       .            failed       .       .',
  need_reauth: '    .         needs_reauth .            .         .             .          .       .            .            .       .',
  lose_track: '     .         unconfirmed  unconfirmed  .         .             .          .       .            .            .       .',
  retry: '          .         .            .            .         .             .          queued  queued       queued       .       .',
  hold: '           held      .            .            .         .             .          .       .            .            .       .',
  release: '        .         .            .            .         .             .          .       .            .            queued  .',
}

test('every state × event of the delivery table, against the hand-written matrix', () => {
  assert.deepEqual([...COLUMNS].sort(), [...DELIVERY_STATES].sort(), 'the matrix covers every state')
  assert.deepEqual(Object.keys(EXPECTED).sort(), [...DELIVERY_EVENTS].sort(), 'the matrix covers every event')
  let cells = 0
  for (const event of DELIVERY_EVENTS) {
    const row = EXPECTED[event].trim().split(/\s+/)
    assert.equal(row.length, COLUMNS.length, `row ${event} has a cell per state`)
    COLUMNS.forEach((state, index) => {
      const expected = row[index] === '.' ? null : row[index]
      assert.equal(deliveryTarget({ state, event }), expected, `${event} from ${state}`)
      cells += 1
    })
  }
  assert.equal(cells, DELIVERY_EVENTS.length * DELIVERY_STATES.length)
})

test('final states leave only through an operator: published and cancelled never move again', () => {
  for (const event of DELIVERY_EVENTS) {
    assert.equal(deliveryTarget({ state: 'published', event }), null, event)
    assert.equal(deliveryTarget({ state: 'cancelled', event }), null, event)
  }
})

test('a hand-off waits only for the operator: their link publishes it, a person may cancel it, nothing else moves it', () => {
  const moves = DELIVERY_EVENTS.map((event) => [event, deliveryTarget({ state: 'awaiting_operator', event })] as const).filter(
    ([, to]) => to !== null,
  )
  assert.deepEqual(moves, [
    ['cancel', 'cancelled'],
    ['confirm', 'published'],
  ])
  assert.equal(deliveryTarget({ state: 'sending', event: 'await_operator' }), 'awaiting_operator')
})

test('only a claim leads into sending, so only a claimed run calls the platform', () => {
  for (const event of DELIVERY_EVENTS) {
    for (const state of DELIVERY_STATES) {
      if (deliveryTarget({ state, event }) === 'sending') assert.equal(event, 'claim')
    }
  }
})
