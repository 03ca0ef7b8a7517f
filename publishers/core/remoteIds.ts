import type { PublishContext, RemoteIds } from './types'

export type RemoteIdTracker = {
  get(key: string): string | undefined
  /** Reports the id to the caller (who persists it) before the flow goes on. */
  record(args: { key: string; value: string }): Promise<void>
  snapshot(): RemoteIds
}

export function createRemoteIdTracker(ctx: Pick<PublishContext, 'remoteIds' | 'onRemoteId'>): RemoteIdTracker {
  const ids: Record<string, string> = { ...ctx.remoteIds }
  return {
    get: (key) => ids[key],
    async record({ key, value }) {
      ids[key] = value
      await ctx.onRemoteId({ key, value })
    },
    snapshot: () => ({ ...ids }),
  }
}

/** Runs a step that creates something remote, unless its id is already recorded: the heart of resuming. */
export async function runStepOnce(args: { ids: RemoteIdTracker; key: string; run: () => Promise<string> }): Promise<string> {
  const known = args.ids.get(args.key)
  if (known !== undefined) return known
  const value = await args.run()
  await args.ids.record({ key: args.key, value })
  return value
}
