/**
 * What the worker (scheduler/) takes from cms: its one door into the delivery code. The scheduler
 * decides when to look at a delivery; what a look does, and every write, is here. The worker's other
 * imports of cms are the config it boots Payload with (scheduler/worker.ts) and the database
 * workarounds of cms/database/ (index.ts).
 */

// One step of a delivery, and what to do after it.
export type { DeliveryStep } from './deliveryStep'
export { runDelivery } from './runDelivery'
export { pollDelivery } from './pollDelivery'
export { recoverInterruptedRun, settleUnconfirmed } from './recoverDelivery'
export { finishInterruptedMoves } from './moveFollowUps'

// Reading the record: a delivery, when it is due, which ones need jobs and how an unconfirmed one settles.
export { readDelivery } from './readDelivery'
export { dueTimeOf } from './dueTime'
export { deliveriesNeedingJobs, settlePlanOf, STATES_WITH_JOBS, type DeliveryNeedingJob } from './deliveriesNeedingJobs'
export type { Delivery } from '../payload-types'
export type { DeliveryState } from '../workflow/deliveryStates'

// The publishing runtime: the process entry says where platform tokens live.
export { provideTokens } from './publishingRuntime'

// Warming up a fresh worker: the lexicon's automaton.
export { currentMatcher } from '../compliance/lexiconSource'

// Statistics: one account's collection run (its health written, its rows stored), and the accounts to run.
export { collectAccountStats, allAccountIds, type AccountCollection } from '../analytics/collect'

// Text inside images: one look at a media's text, and the media whose look is overdue.
export { recognizeMediaText, type RecognitionOutcome } from '../compliance/imageFindingsRecognize'
export { mediaAwaitingTextRecognition } from '../compliance/imageFindingsPending'

// Planning: the daily 节点 lead-time reminders.
export { sendFestivalReminders, type FestivalReminderSent } from '../planning/festivalReminders'

// Notifications: the sweep that sends the e-mail and robot copies a save could not.
export { retryPendingOutward, type OutwardRetried } from '../notify/retryPendingOutward'
export { anyPending } from '../notify/outwardState'
export { outwardAttemptsSettled } from '../notify/outwardInFlight'
