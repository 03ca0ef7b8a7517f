import type { Payload } from 'payload'
import { createImageReader, type AssetBytes, type PublishContext, type RemoteIds } from '../../publishers'
import { readAccountCredentials } from '../secrets/readAccountCredentials'
import { writeRotatedCredentials } from '../secrets/writeRotatedCredentials'
import { readMediaFile } from './mediaFiles'
import { normalizeCredentials } from './normalizeCredentials'
import { publishingRuntime } from './publishingRuntime'
import { forget, remember } from './readCache'
import { noteDelivery } from './moveDelivery'
import { pushIdColumns } from './pushColumns'

/**
 * The context a publisher runs in: decrypted credentials (memory only), the shared token provider,
 * the ids recorded so far, and callbacks that save each new remote id before the next step runs and
 * seal a refreshed user token back into the account.
 */
export async function publishContext(args: {
  payload: Payload
  deliveryId: string | number
  accountId: string | number
  remoteIds: RemoteIds
  prepareBodyImage: (file: AssetBytes & { focalPoint?: { x: number; y: number } }) => Promise<AssetBytes>
  signal: AbortSignal
}): Promise<PublishContext> {
  const { payload } = args
  const runtime = publishingRuntime()
  const recorded: Record<string, string> = { ...args.remoteIds }
  const credentialsCacheKey = `credentials:${args.accountId}`
  let saving = Promise.resolve()
  const reader = createImageReader({
    readMedia: ({ id }) => readMediaFile({ payload, filename: id }),
    safeFetch: runtime.safeFetch,
    signal: args.signal,
  })
  return {
    credentials: normalizeCredentials(
      await remember({ key: credentialsCacheKey, ttlMs: 10_000, load: () => readAccountCredentials({ payload, id: args.accountId }) }),
    ),
    tokens: runtime.tokens,
    remoteIds: { ...args.remoteIds },
    onRemoteId: ({ key, value }) => {
      recorded[key] = value
      const snapshot = { ...recorded }
      saving = saving.then(() => noteDelivery({ payload, id: args.deliveryId, data: { remoteIds: snapshot, ...pushIdColumns(snapshot) } }))
      return saving
    },
    signal: args.signal,
    logger: payload.logger,
    readImage: async (ref) => args.prepareBodyImage(await reader(ref)),
    readVideo: async (ref) => (ref.kind === 'media' ? readMediaFile({ payload, filename: ref.id }) : reader(ref)),
    onCredentialsRotated: async ({ credentials }) => {
      await writeRotatedCredentials({ payload, id: args.accountId, credentials })
      forget(credentialsCacheKey)
    },
  }
}
