import assert from 'node:assert/strict'
import { test } from 'node:test'
import { accountListState, prefilledAccounts, slotsOf, withOverrides, zonedLocalToIso } from './entrySlots'

const accounts = [
  { id: 1, platform: 'wechat' },
  { id: 2, platform: 'weibo' },
  { id: 3, platform: 'toutiao' },
  { id: 4, platform: 'weibo' },
]

test('ticked from the start: the item’s own accounts and its campaign’s channels, not those already scheduled', () => {
  assert.deepEqual(prefilledAccounts({ accounts, targets: [1], channels: ['weibo'], scheduled: [] }), ['1', '2', '4'])
  assert.deepEqual(prefilledAccounts({ accounts, targets: ['1', '3'], channels: [], scheduled: [3] }), ['1'])
  assert.deepEqual(prefilledAccounts({ accounts, targets: [], channels: [], scheduled: [] }), [])
})

test('a time per account, read in the team’s zone; a missing time names the account', () => {
  assert.equal(zonedLocalToIso({ value: '2026-12-08T07:30', timeZone: 'Asia/Shanghai' }), '2026-12-07T23:30:00.000Z')
  assert.equal(zonedLocalToIso({ value: '下周二', timeZone: 'Asia/Shanghai' }), null)
  const names: Record<string, string> = { '1': '公众号', '2': '微博' }
  const ok = slotsOf({
    checked: ['1', '2'],
    times: { '1': '2026-12-08T07:30', '2': '2026-12-08T12:00' },
    modes: { '1': 'mass' },
    timeZone: 'Asia/Shanghai',
    nameOf: (id) => names[id],
  })
  assert.deepEqual(ok, {
    ok: true,
    slots: [
      { account: '1', publishAt: '2026-12-07T23:30:00.000Z', mode: 'mass' },
      { account: '2', publishAt: '2026-12-08T04:00:00.000Z' },
    ],
  })
  assert.deepEqual(
    slotsOf({ checked: ['1', '2'], times: { '1': '2026-12-08T07:30' }, modes: {}, timeZone: 'Asia/Shanghai', nameOf: (id) => names[id] }),
    {
      ok: false,
      message: '请填写「微博」的发布时间。',
    },
  )
  assert.equal(slotsOf({ checked: [], times: {}, modes: {}, timeZone: 'Asia/Shanghai', nameOf: String }).ok, false)
})

test('the 次条 go with the slots of the accounts that push several articles, in their order; none when there are none', () => {
  const args = {
    checked: ['1', '2', '3'],
    times: { '1': '2026-12-08T07:30', '2': '2026-12-08T12:00', '3': '2026-12-08T20:00' },
    modes: { '1': 'mass', '3': 'publish' },
    timeZone: 'Asia/Shanghai',
    nameOf: String,
  }
  const built = slotsOf({ ...args, bundle: { to: ['1', '3'], articles: [12, 7] } })
  assert.ok(built.ok)
  assert.deepEqual(
    built.slots.map((slot) => [slot.account, slot.bundle ?? null]),
    [
      ['1', [12, 7]],
      ['2', null],
      ['3', [12, 7]],
    ],
  )
  const without = slotsOf({ ...args, bundle: { to: ['1', '3'], articles: [] } })
  assert.ok(without.ok)
  assert.ok(without.slots.every((slot) => !('bundle' in slot)))
})

test('each account sends the title chosen for it; title 1, the item’s own, is sent as no choice', () => {
  const built = slotsOf({
    checked: ['1', '2', '3'],
    times: { '1': '2026-12-08T07:30', '2': '2026-12-08T12:00', '3': '2026-12-08T20:00' },
    modes: {},
    timeZone: 'Asia/Shanghai',
    nameOf: String,
    titleVariants: { '1': 2, '2': 1 },
  })
  assert.ok(built.ok)
  assert.deepEqual(
    built.slots.map((slot) => [slot.account, slot.titleVariant ?? null]),
    [
      ['1', 2],
      ['2', null],
      ['3', null],
    ],
  )
})

test('the ticks are the plan’s, with the editor’s own ticks and unticks for the item on top', () => {
  // Nothing planned yet (or the plan still being read): only what the editor ticked.
  assert.deepEqual(withOverrides({ prefilled: [], overrides: { '7': true, '2': false } }), ['7'])
  // The plan asks for 1 and 2: the editor's 7 is added, their untick of 2 wins over the plan.
  assert.deepEqual(withOverrides({ prefilled: ['1', '2'], overrides: { '7': true, '2': false } }), ['1', '7'])
  // A tick of an account the plan also asks for (the 群发 test's account, on its campaign's wechat channel) stays one tick.
  assert.deepEqual(withOverrides({ prefilled: ['1', '10'], overrides: { '10': true } }), ['1', '10'])
  // Ticked, unticked, ticked again: the last word counts.
  assert.deepEqual(withOverrides({ prefilled: ['1'], overrides: { '1': true } }), ['1'])
  assert.deepEqual(withOverrides({ prefilled: [], overrides: {} }), [])
})

test('the account boxes are offered only once the chosen item’s plan and the accounts are read', () => {
  const read = { planRead: true, accountsRead: true, accountCount: 9 }
  assert.equal(accountListState({ ...read, itemChosen: false }), 'choose-item')
  assert.equal(accountListState({ ...read, itemChosen: true, planRead: false }), 'loading')
  assert.equal(accountListState({ itemChosen: true, planRead: true, accountsRead: false, accountCount: 0 }), 'loading')
  assert.equal(accountListState({ ...read, itemChosen: true }), 'ready')
  assert.equal(accountListState({ itemChosen: false, planRead: false, accountsRead: true, accountCount: 0 }), 'no-accounts')
  // An operator none of whose accounts is assigned yet: someone else adds accounts, an admin assigns them.
  assert.equal(
    accountListState({ itemChosen: true, planRead: true, accountsRead: true, accountCount: 0, otherAccounts: 3 }),
    'none-assigned',
  )
})
