import type { PayloadRequest } from 'payload'
import type { CallbackRequest } from '../../../../publishers'
import { publishingRuntime } from '../../../delivery/publishingRuntime'
import { recordSendJobReport } from '../../../delivery/recordSendJobReport'
import { defineEndpoint } from '../../../http/defineEndpoint'
import { readCapped } from '../../../http/readJsonWithin'
import { readAccountCredentials } from '../../../secrets/readAccountCredentials'

/** A platform's event is a few kilobytes; anything much larger is not one. */
const MAX_CALLBACK_BYTES = 64 * 1024
/** The platform waits 5 s for an answer: the recording gets this long before the answer goes anyway. */
const RECORD_WITHIN_MS = 3000

const plain = (status: number, body: string) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } })
/** The rest of the body is never read: close the connection rather than leave it half-read for the next request. */
const tooLarge = () => new Response('too large', { status: 413, headers: { 'content-type': 'text/plain', connection: 'close' } })

/**
 * GET|POST /api/platform-accounts/:id/callback: where a platform pushes events about an account (WeChat's
 * server-address check and MASSSENDJOBFINISH). Open to anyone, since the platform has no session: the
 * account's publisher verifies the platform's signature with the account's callback token, and a
 * request that fails it is answered 403 with nothing recorded. A send job's report is recorded on its
 * delivery within a bounded time; the answer never waits longer (the rest finishes after it).
 */
async function receive(req: PayloadRequest, id: string): Promise<Response> {
  const { payload } = req
  const declared = Number(req.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > MAX_CALLBACK_BYTES) return tooLarge()
  const body = req.method === 'POST' ? await readCapped({ body: req.body, maxBytes: MAX_CALLBACK_BYTES }) : ''
  if (body === null) return tooLarge()
  const account = await payload.findByID({ collection: 'platform-accounts', id, depth: 0, overrideAccess: true, disableErrors: true })
  const publisher = account
    ? publishingRuntime().registry.all.find((p) => p.capabilities.platform === account.platform && p.receiveCallback)
    : undefined
  if (!account || !publisher?.receiveCallback) return plain(404, 'not found')
  const request: CallbackRequest = {
    method: req.method === 'GET' ? 'GET' : 'POST',
    query: new URL(req.url ?? '', 'http://local').searchParams,
    body,
    credentials: await readAccountCredentials({ payload, id: account.id }),
  }
  const result = publisher.receiveCallback(request)
  if (result.kind === 'refused') {
    payload.logger.warn({ account: account.id, reason: result.reason }, 'platform callback refused')
    return plain(403, 'forbidden')
  }
  if (result.report) {
    const recording = recordSendJobReport({ payload, accountId: account.id, report: result.report })
      .then((delivery) => {
        if (delivery === null) payload.logger.warn({ account: account.id, job: result.report?.jobId }, 'callback for an unknown send job')
      })
      .catch((error: unknown) => payload.logger.error({ account: account.id, err: String(error) }, 'callback report not recorded'))
    await Promise.race([recording, new Promise((resolve) => setTimeout(resolve, RECORD_WITHIN_MS).unref())])
  }
  return new Response(result.body, { status: result.status, headers: { 'content-type': result.contentType } })
}

const spec = { path: '/:id/callback', roles: 'anyone' } as const

export const platformCallbackGet = defineEndpoint({ ...spec, method: 'get', handler: ({ req, params }) => receive(req, params.id) })
export const platformCallbackPost = defineEndpoint({ ...spec, method: 'post', handler: ({ req, params }) => receive(req, params.id) })
