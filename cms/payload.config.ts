import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { env } from '../lib/env'
import { logger } from '../lib/logger'
import { ROUTINE_ERROR_LEVELS } from '../lib/routineErrors'
import { payloadSecret } from '../lib/secrets'
import { collections } from './collections'
import { mediaUploadOptions } from './collections/Media/uploadOptions'
import { assistEndpoint } from './assist/assistEndpoint'
import { aiReviewEndpoint } from './compliance/aiReviewEndpoint'
import { scanEndpoint } from './compliance/scanEndpoint'
import { backgroundRetryEndpoint } from './delivery/backgroundRetryEndpoint'
import { queuesEndpoint } from './delivery/queuesEndpoint'
import { analyticsEndpoints } from './analytics/endpoints'
import { planningEndpoints } from './planning/planningEndpoints'
import { BrandVoice } from './globals/BrandVoice'
import { PublishingPause } from './globals/PublishingPause'
import { PlanningSettings } from './globals/PlanningSettings'
import { databaseAdapter } from './database/databaseAdapter'
import { failedCommitsThrow } from './database/failedCommits'
import { retireConnectionAfterBusy } from './database/sqliteBusyConnection'
import { applyBusyTimeout, WEB_BUSY_TIMEOUT_MS } from './database/sqliteBusyTimeout'
import { keepTransactionConnections } from './database/sqliteTransactionConnections'
import { yieldAfterEachSqliteCall } from './database/sqliteYield'
import { assertMediaStorage } from './database/mediaStorage'
import { limitOpenTransactions } from './database/transactionSlots'
import { databaseKind } from '../lib/databaseKind'
import { assertSecretsAtStart } from './startup/assertSecretsAtStart'
import { teamTimezones } from './startup/teamTimezones'
import { idsOfEitherAdapter } from './startup/idsOfEitherAdapter'
import { zonesFilledByDefault } from './startup/zonesFilledByDefault'
import { emailAdapter } from './notify/emailAdapter'
import { adminTranslations, privateErrorInTeamWords } from './admin/translations'
import { databaseUnreachableAnswer } from './database/unreachable'
import { adminServerUrl } from '../lib/appOrigins'
import { editLocksInOwnName } from './access/editLocks'

const here = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: payloadSecret(),
  serverURL: adminServerUrl(env.PUBLIC_URL),
  // Cookies count only from the app's own origins (with PUBLIC_URL unset too): a forged cross-site request is anonymous.
  csrf: [...env.appOrigins],
  db: await databaseAdapter(),
  collections,
  globals: [BrandVoice, PublishingPause, PlanningSettings],
  endpoints: [
    scanEndpoint,
    aiReviewEndpoint,
    assistEndpoint,
    queuesEndpoint,
    backgroundRetryEndpoint,
    ...analyticsEndpoints,
    ...planningEndpoints,
  ],
  sharp,
  logger,
  email: emailAdapter(),
  admin: {
    user: 'users',
    // Gravatar is an outside request that many networks block; the built-in avatar needs none.
    avatar: 'default',
    meta: { titleSuffix: ' · 内容中台' },
    importMap: { baseDir: path.resolve(here, '..'), importMapFile: path.resolve(here, '../app/(payload)/admin/importMap.js') },
    timezones: teamTimezones(env.APP_TIMEZONE),
    dateFormat: 'yyyy-MM-dd HH:mm',
    components: {
      actions: ['/cms/admin/NotificationBadge#NotificationBadge'],
      afterNavLinks: [
        '/cms/admin/Calendar/NavLink#CalendarNavLink',
        '/cms/admin/Queues/NavLink#QueuesNavLink',
        '/cms/admin/Results/NavLink#ResultsNavLink',
        '/cms/admin/WeeklyReport/NavLink#WeeklyReportNavLink',
        '/cms/admin/Planning/NavLink#TopicMeetingNavLink',
      ],
      views: {
        dashboard: { Component: '/cms/admin/Home/HomeView#HomeView' },
        weeklyReport: { Component: '/cms/admin/WeeklyReport/WeeklyReportView#WeeklyReportView', path: '/results/weekly', exact: true },
        calendar: { Component: '/cms/admin/Calendar/CalendarView#CalendarView', path: '/calendar' },
        queues: { Component: '/cms/admin/Queues/QueuesView#QueuesView', path: '/queues' },
        topicMeeting: { Component: '/cms/admin/Planning/TopicMeetingView#TopicMeetingView', path: '/planning/topics', exact: true },
        campaignRetro: { Component: '/cms/admin/CampaignRetro/RetroView#RetroView', path: '/retro/:id' },
        handoff: { Component: '/cms/admin/Handoff/HandoffView#HandoffView', path: '/handoff/:id' },
        results: { Component: '/cms/admin/Results/ResultsView#ResultsView', path: '/results', exact: true },
      },
    },
  },
  i18n: {
    supportedLanguages: { zh, en },
    translations: adminTranslations,
    fallbackLanguage: 'zh',
  },
  upload: mediaUploadOptions,
  // Generated document types (npm run generate:types; a test keeps them current), with every id as
  // string | number: a number on SQLite, a string on MongoDB, so code typed by them fits both.
  typescript: {
    autoGenerate: false,
    outputFile: path.resolve(here, 'payload-types.ts'),
    postProcess: [idsOfEitherAdapter, zonesFilledByDefault],
  },
  graphQL: { disablePlaygroundInProduction: true },
  // Server errors in the team's words: a database that cannot be reached answers 503 with what to do; any
  // other, which Payload hides behind an English "Something went wrong.", is said in the admin's language.
  hooks: { afterError: [databaseUnreachableAnswer, privateErrorInTeamWords] },
  telemetry: false,
  // A mistyped password or a refused request is routine, not an error to wake an operator for.
  loggingLevels: ROUTINE_ERROR_LEVELS,
  onInit: async (payload) => {
    assertSecretsAtStart()
    assertMediaStorage()
    // The web process waits briefly for the worker's short writes; the worker waits longer (scheduler/worker.ts).
    applyBusyTimeout(payload, WEB_BUSY_TIMEOUT_MS)
    await keepTransactionConnections(payload)
    retireConnectionAfterBusy(payload)
    // Before the yield: a write outside a transaction gives its turn back before the event loop's turn.
    limitOpenTransactions(payload)
    yieldAfterEachSqliteCall(payload)
    failedCommitsThrow(payload)
    payload.logger.info({ database: databaseKind(env.databaseUrl), timezone: env.APP_TIMEZONE }, 'cms ready')
  },
}).then(editLocksInOwnName)
