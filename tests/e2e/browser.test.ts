import { after, before } from 'node:test'
import { startSharedApp, stopSharedApp } from './sharedApp'
import { editLockTests } from './suites/editLocks'
import { handoffTests } from './suites/handoff'
import { journeyTests } from './suites/journey'
import { matrixTests } from './suites/matrix'
import { planningTests } from './suites/planning'
import { productionTests } from './suites/production'
import { resultsTests } from './suites/results'
import { wechatPushTests } from './suites/wechatPush'

/**
 * Every browser test, on one production server with the demo data (one build, one seed, one Redis, one set of
 * fakes per run), in this order: what reads the demo as seeded and needs no worker first, then what publishes.
 * E2E_SUITES=journey,wechatPush runs only those (a person re-running one; `npm test` runs all).
 */
const SUITES = {
  production: productionTests,
  results: resultsTests,
  wechatPush: wechatPushTests,
  journey: journeyTests,
  matrix: matrixTests,
  planning: planningTests,
  handoff: handoffTests,
  editLocks: editLockTests,
}
const only = process.env.E2E_SUITES?.split(',').map((name) => name.trim())

before(() => startSharedApp(), { timeout: 15 * 60_000 })
after(() => stopSharedApp())

for (const [name, suite] of Object.entries(SUITES)) if (!only || only.includes(name)) suite()
