import type { Id } from './fixtures'
import { api } from './rest'

export type DeliveryReply = {
  id: Id
  state: string
  url: string | null
  remoteIds: Record<string, string> | null
  lastError: { kind: string; message: string; action: string } | null
  handoff: { link: string; package: { html: string } } | null
}

/** Reads a delivery over REST until it is in one of `states`; the error says where it stuck. */
export async function waitForDelivery(args: {
  url: string
  token: string
  id: Id
  states: string[]
  timeoutMs?: number
}): Promise<DeliveryReply> {
  const deadline = Date.now() + (args.timeoutMs ?? 40_000)
  for (;;) {
    const { body } = await api<DeliveryReply>({ url: args.url, method: 'GET', path: `/api/deliveries/${args.id}`, token: args.token })
    if (args.states.includes(body.state)) return body
    if (Date.now() > deadline) throw new Error(`delivery stuck in ${body.state}: ${JSON.stringify(body.lastError)}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
