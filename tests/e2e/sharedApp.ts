import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import type { RunningFake } from '../fakes/shared/fakeServer'
import { startWechatFake } from '../fakes/wechat'
import { startWeiboFake } from '../fakes/weibo'
import { CHROMIUM_ARGS, ensureChromium } from '../helpers/chromium'
import { freePort, type Started, startProcess, waitForHttp, waitForOutput } from '../helpers/processes'
import { startTestRedis } from '../helpers/redis'
import { workerArgv } from '../helpers/worker'
import { reportPageTrouble } from './pageTrouble'
import { buildOnce, productionEnv, root, signIn } from './productionApp'

export const ZONE = 'Asia/Shanghai'

/**
 * What every browser test shares in one run: the production build, one server on the demo data (seeded
 * once), a Redis of its own, the WeChat and Weibo fakes, Chromium, and a worker started only when a test
 * first needs one (until then no worker listens on the queues, which the queues page test reads).
 * `url` and the rest are set by `start()` (the file's `before`).
 */
export type SharedApp = {
  url: string
  port: number
  wechat: RunningFake
  weibo: RunningFake
  /** The server's output so far (its migrations, its errors). */
  serverOutput: () => string
  /** The environment the server runs with, for a process that must see the same database and secrets. */
  env: NodeJS.ProcessEnv
  /** Starts the scheduler worker once; later calls return the running one. */
  worker: () => Promise<Started>
  /** A new page signed in as `email` (when given), zh-CN, Beijing time. */
  page: (args?: { email?: string; at?: string; options?: BrowserContextOptions }) => Promise<Page>
}

let state: SharedApp | null = null
const closers: (() => Promise<unknown>)[] = []

export function app(): SharedApp {
  if (!state) throw new Error('the shared app has not started: call startSharedApp() in before()')
  return state
}

export async function startSharedApp(): Promise<SharedApp> {
  if (state) return state
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-e2e-'))
  closers.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }))
  // Build, Redis and the fakes at the same time: the build is the long one.
  const [, redis, wechat, weibo] = await Promise.all([
    buildOnce(),
    startTestRedis(),
    // The fake answers at once and finishes a send or publish job at its first status check.
    startWechatFake({ port: 0, options: { publishPollsUntilFinal: 0 } }),
    startWeiboFake({ port: 0 }),
  ])
  closers.push(
    () => redis.stop(),
    () => wechat.close(),
    () => weibo.close(),
  )
  // PUBLIC_URL unset: the app is reached by its own addresses (127.0.0.1, localhost, the network's), as on a shared demo machine.
  const appEnv = productionEnv(dataDir, {
    PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    CREDENTIALS_KEY: randomBytes(32).toString('base64'),
    WECHAT_API_BASE: wechat.baseUrl,
    WEIBO_API_BASE: weibo.baseUrl,
    REDIS_URL: redis.url,
  })
  const { server, port, env } = await startServer(appEnv)
  closers.push(() => server.stop())
  const url = `http://127.0.0.1:${port}`
  const browser: Browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS })
  closers.push(() => browser.close())

  let worker: Promise<Started> | null = null
  state = {
    url,
    port,
    wechat,
    weibo,
    env,
    serverOutput: () => server.output(),
    // The worker starts once the server has migrated and seeded the database they share.
    worker: () => (worker ??= startWorker(env)),
    page: async (args = {}) => {
      const context = await browser.newContext({
        locale: 'zh-CN',
        timezoneId: ZONE,
        viewport: { width: 1440, height: 1100 },
        ...args.options,
      })
      const page = await context.newPage()
      // The browser may close first (the last test's page, then teardown): its context is gone with it.
      page.on('close', () => void context.close().catch(() => undefined))
      reportPageTrouble(page, args.email ?? 'visitor')
      if (args.email) await signIn(page, { url: args.at ?? url, email: args.email })
      return page
    },
  }
  return state
}

/**
 * `npm start` on a free port, seeding the demo (only into an empty database, so a second try seeds nothing
 * twice). Other test files start servers meanwhile: one may take the port before Next does (Next then
 * exits with EADDRINUSE, and the start is tried on another port), and one answering on it must not be taken
 * for ours, so the server counts as up once its own output says Next is ready and the port answers.
 */
async function startServer(appEnv: NodeJS.ProcessEnv): Promise<{ server: Started; port: number; env: NodeJS.ProcessEnv }> {
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort()
    const env = { ...appEnv, PORT: String(port) }
    const server = startProcess({ command: process.execPath, argv: ['scripts/start.mjs'], cwd: root, env: { ...env, SEED_DEMO: '1' } })
    try {
      await waitForOutput({ started: server, ready: 'Ready in', what: 'npm start', timeoutMs: 240_000 })
      await waitForHttp({ url: `http://127.0.0.1:${port}/api/users/me`, timeoutMs: 60_000, started: server })
      return { server, port, env }
    } catch (error) {
      await server.stop()
      if (attempt >= 3 || !server.output().includes('EADDRINUSE')) throw error
    }
  }
}

async function startWorker(env: NodeJS.ProcessEnv): Promise<Started> {
  const worker = startProcess({ command: process.execPath, argv: workerArgv(), cwd: root, env })
  closers.push(() => worker.stop())
  await waitForOutput({ started: worker, ready: 'scheduler worker ready', what: 'the worker', timeoutMs: 60_000 })
  return worker
}

/** Stops what start() started, the worker first. */
export async function stopSharedApp(): Promise<void> {
  for (const close of closers.splice(0).reverse()) await close().catch(() => undefined)
  state = null
}
