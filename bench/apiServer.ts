/**
 * One web process for bench:api: Payload's REST API (the handler Next's /api route calls) on a free
 * loopback port, on the database and secrets its environment names. Prints "api server ready <url>"
 * once it answers. Run: node --import tsx bench/apiServer.ts
 */
import { getPayload, handleEndpoints } from 'payload'
import config from '../cms/payload.config'
import { closeDatabase } from '../cms/database/closeDatabase'
import { serveFetchHandler } from '../tests/helpers/httpBridge'

const resolved = await config
const payload = await getPayload({ config: resolved })
const server = await serveFetchHandler((request) => handleEndpoints({ config: resolved, request }))
process.stdout.write(`api server ready ${server.url}\n`)

async function stop(): Promise<void> {
  await server.close()
  await closeDatabase(payload)
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
