import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { fakeAccountData } from '../fakes/shared/fakeAccounts'
import { makeDoc } from '../helpers/fixtures'
import { waitFor } from '../helpers/waitFor'
import { startTestWorker, type TestWorker, withWorkerLog } from '../helpers/worker'
import { approvedArticle, type SchedulerWorld, startSchedulerWorld, waitForState } from './schedulerWorld'

/**
 * kill -9 of the worker after WeChat committed the sendall but before we recorded its msg_id: the next
 * worker sends again with the same clientmsgid, WeChat refuses the repeat and names the first send
 * (45065), and the delivery adopts it. The ledger shows one send. The fake's clock moves past WeChat's
 * one-minute retry gap meanwhile: the 45066 wait itself is the contract test's (wechatMass.test.ts),
 * and waiting it out for real here cost a minute of every CI run.
 */
let world: SchedulerWorld
let worker: TestWorker
let earlierOutput = ''
const workers = () => ({ output: () => `${earlierOutput}\n${worker.output()}` })

before(async () => {
  world = await startSchedulerWorld()
  worker = await startTestWorker({ lockMs: 5000, reconcileEveryMs: 5000 })
})
after(async () => {
  await worker?.stop()
  await world?.close()
})

test(
  'after sendall committed, before our record: exactly one send, the msg_id adopted, published',
  { timeout: 330_000 },
  withWorkerLog(workers, async () => {
    await world.control.wechat.addFaults([{ path: '/cgi-bin/message/mass/sendall', kind: 'hang-after-commit' }])
    const base = fakeAccountData('wechat', '崩溃测试号')
    const account = await makeDoc({
      payload: world.cms.payload,
      collection: 'platform-accounts',
      data: { ...base, settings: { ...(base.settings as Record<string, unknown>), defaultPushMode: 'mass' } },
    })
    // The job finishes at the first mass/get after the adoption; its callback then brings the links.
    await world.control.wechat.configure({
      massPollsUntilFinal: 1,
      callbackUrl: `${world.cms.url}/api/platform-accounts/${account}/callback`,
    })
    const lead = await approvedArticle(world, '崩溃头条')
    const second = await approvedArticle(world, '崩溃次条')
    const delivery = await world.db.create({
      collection: 'deliveries',
      overrideAccess: true,
      disableTransaction: true,
      data: {
        content: { relationTo: 'articles', value: lead.id },
        account,
        revision: lead.revision,
        bundle: [{ article: second.id, revision: second.revision }],
        mode: 'mass',
        state: 'queued',
        attempts: 0,
      },
    })
    const queues = await import('../../scheduler/queues')
    await queues.enqueueDelivery({ deliveryId: delivery.id, platform: 'wechat' })
    await waitFor({
      what: 'the sendall to be committed on the platform',
      timeoutMs: 60_000,
      check: async () => (await world.control.wechat.entries('sendall')).length > 0,
    })
    await worker.kill()
    earlierOutput = worker.output()
    await world.control.wechat.advanceClock(61_000)
    worker = await startTestWorker({ lockMs: 5000, reconcileEveryMs: 5000 })
    const done = await waitForState(world, {
      id: delivery.id,
      states: ['published', 'failed', 'manual', 'cancelled'],
      timeoutMs: 200_000,
    })
    assert.equal(done.state, 'published', JSON.stringify(done.lastError))
    const sends = await world.control.wechat.entries('sendall')
    assert.equal(sends.length, 1, 'exactly one send')
    // The 次条's link is written just after the move to published (an array row: not part of the conditional write).
    const row = await waitFor({
      what: 'the 次条’s link on the delivery',
      timeoutMs: 15_000,
      check: async () => {
        const read = await world.db.findByID({ collection: 'deliveries', id: delivery.id, depth: 0, overrideAccess: true })
        return read.bundle?.[0]?.url ? read : null
      },
    })
    assert.equal(row.msgId, String(sends[0].data.msg_id), 'the first send’s msg_id adopted')
    assert.match(String(row.url), /idx=1/)
    assert.match(String(row.bundle?.[0]?.url), /idx=2/)
    // 45065 and mass/get name only the send job: the content's msg_data_id is not known on this path.
    assert.ok(row.msgDataId === null || row.msgDataId === String(sends[0].data.msg_data_id), String(row.msgDataId))
  }),
)
