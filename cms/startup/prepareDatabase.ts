import { getPayload } from 'payload'
import { env } from '../../lib/env'
import { outwardAttemptsSettled } from '../notify/outwardInFlight'
import config from '../payload.config'
import { seedDemo } from '../seed/seedDemo'
import { shouldSeedDemo } from '../seed/shouldSeedDemo'
import { logStartupNotices } from './startupNotices'

/**
 * Run by the start command before the web server starts: apply committed migrations, then seed
 * the demo data into an empty development database. Exits non-zero with the reason on failure.
 */
async function prepareDatabase(): Promise<void> {
  // Not the Next server: no socket to it for config reloads (scheduler/worker.ts says why).
  process.env.DISABLE_PAYLOAD_HMR ??= 'true'
  const payload = await getPayload({ config })
  try {
    await payload.db.migrate()
    const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
    if (shouldSeedDemo({ userCount: totalDocs, isProduction: env.isProduction, forced: env.SEED_DEMO })) {
      payload.logger.info('Empty database: loading demo data')
      await seedDemo({ payload, password: env.DEMO_PASSWORD, timeZone: env.APP_TIMEZONE })
      payload.logger.info(
        'Demo data loaded: log in as admin@demo.local, editor@demo.local, copywriter@demo.local, designer@demo.local, producer@demo.local (编导) or operator@demo.local (内容运营)',
      )
    }
    await logStartupNotices(payload)
    // The demo's last notifications were saved a moment ago: their e-mail and group copies go (or are
    // settled as not to be sent) now, not two minutes later by the worker's sweep.
    await outwardAttemptsSettled({ withinMs: 20_000 })
  } finally {
    await payload.destroy()
  }
}

prepareDatabase().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Database preparation failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
