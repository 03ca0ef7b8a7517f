import { pushMassJobFinish } from './massCallback'
import type { FakeMassJob, WechatFakeState } from './state'

/** Moves a SENDING job to its final status once its gets (or ms on the fake clock) are used up; then the callback goes. */
export function advanceMassJob(state: WechatFakeState, job: FakeMassJob, args: { force?: boolean } = {}): void {
  if (job.status !== 'SENDING') return
  const { massMsUntilFinal, massPollsUntilFinal } = state.config
  const due =
    args.force === true ||
    (massMsUntilFinal !== undefined ? state.clock.now() - job.sentAt >= massMsUntilFinal : job.gets > massPollsUntilFinal)
  if (!due) return
  job.status = job.finalStatus
  state.ledger.record({
    kind: 'mass-finished',
    data: { msg_id: job.msgId, status: job.status, sent: job.sent, errors: job.errors },
    at: state.clock.now(),
  })
  void pushMassJobFinish(state, job)
}

/** Platform fault `finish-mass-jobs`: every SENDING job finishes now (its callback goes out). */
export function finishMassJobs(state: WechatFakeState): void {
  for (const job of state.masses.values()) advanceMassJob(state, job, { force: true })
}
