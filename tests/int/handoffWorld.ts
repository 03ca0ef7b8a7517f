import type { Payload } from 'payload'
import sharp from 'sharp'
import { waitForDelivery } from '../helpers/deliveries'
import { createTeam, type Id, makeDoc, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { useTestRedis } from '../helpers/redis'
import { startTestCms, type TestCms } from '../helpers/testCms'
import { startTestWorker, type TestWorker } from '../helpers/worker'

/** What the hand-off tests share: Payload over HTTP, Redis, the worker in its own process, an editor and an operator for `platform`. */
export type HandoffWorld = {
  cms: TestCms
  worker: TestWorker
  team: Awaited<ReturnType<typeof createTeam>>
  account: Id
  tokens: { editor: string; copywriter: string; operator: string; otherOperator: string }
  close: () => Promise<void>
}

export async function startHandoffWorld(args: { platform: 'xiaohongshu' | 'channels'; accountName: string }): Promise<HandoffWorld> {
  const redis = await useTestRedis()
  const cms = await startTestCms()
  process.env.PUBLIC_URL ??= cms.url
  const team = await createTeam(cms.payload)
  const account = await makeDoc({
    payload: cms.payload,
    collection: 'platform-accounts',
    data: { platform: args.platform, name: args.accountName, settings: {}, credentials: {} },
  })
  const other = await makeDoc({
    payload: cms.payload,
    collection: 'platform-accounts',
    data: { platform: args.platform, name: `${args.accountName}（别人的）`, settings: {}, credentials: {} },
  })
  for (const [email, accounts] of [
    ['operator@test.local', [account]],
    ['other-operator@test.local', [other]],
  ] as const) {
    await cms.payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email, password: PASSWORD, name: email.split('@')[0] ?? email, role: 'operator', accounts: [...accounts] } as never,
    })
  }
  const tokens = {
    editor: await login({ url: cms.url, email: team.editor.email, password: PASSWORD }),
    copywriter: await login({ url: cms.url, email: team.copywriter.email, password: PASSWORD }),
    operator: await login({ url: cms.url, email: 'operator@test.local', password: PASSWORD }),
    otherOperator: await login({ url: cms.url, email: 'other-operator@test.local', password: PASSWORD }),
  }
  const worker = await startTestWorker()
  return {
    cms,
    worker,
    team,
    account,
    tokens,
    close: async () => {
      await worker.stop()
      const { closeQueues } = await import('../../scheduler/queues')
      await closeQueues()
      await cms.close()
      await redis.release()
    },
  }
}

/**
 * A picture uploaded to the library (real PNG bytes), with a focal point if given, its text already
 * read (as the worker leaves it: OCR is not under test here and takes seconds per picture).
 */
export async function uploadPicture(args: {
  payload: Payload
  name: string
  png: Buffer
  focal?: { x: number; y: number }
}): Promise<{ id: Id; filename: string }> {
  const doc = await args.payload.create({
    collection: 'media',
    overrideAccess: true,
    data: {
      alt: args.name,
      ...(args.focal ? { focalX: args.focal.x, focalY: args.focal.y } : {}),
      ocr: { status: 'done', hash: null, text: '', findings: null },
    },
    file: { data: args.png, mimetype: 'image/png', name: `${args.name}.png`, size: args.png.length },
    context: { ocrResult: true },
  })
  return { id: doc.id, filename: String(doc.filename) }
}

/** A flat picture of one colour. */
export const flatPng = (args: { width: number; height: number; rgb: readonly [number, number, number] }): Promise<Buffer> =>
  sharp({ create: { width: args.width, height: args.height, channels: 3, background: { r: args.rgb[0], g: args.rgb[1], b: args.rgb[2] } } })
    .png()
    .toBuffer()

/** Grey with a pure red square centred at (x %, y %): the subject a focal point must keep. */
export async function markerPng(args: { width: number; height: number; marker: { x: number; y: number; size: number } }): Promise<Buffer> {
  const { marker } = args
  const square = await sharp({ create: { width: marker.size, height: marker.size, channels: 3, background: '#ff0000' } })
    .png()
    .toBuffer()
  return sharp({ create: { width: args.width, height: args.height, channels: 3, background: '#808080' } })
    .composite([
      {
        input: square,
        left: Math.round((marker.x / 100) * args.width - marker.size / 2),
        top: Math.round((marker.y / 100) * args.height - marker.size / 2),
      },
    ])
    .png()
    .toBuffer()
}

/** Approves an item in review through the review workflow's REST door, as an editor does. */
export async function approve(args: { world: HandoffWorld; collection: 'notes' | 'videos'; id: Id }): Promise<void> {
  const reply = await api({
    url: args.world.cms.url,
    method: 'POST',
    path: `/api/${args.collection}/${args.id}/transition`,
    token: args.world.tokens.editor,
    body: { event: 'approve' },
  })
  if (reply.status !== 200) throw new Error(`approve ${args.collection} ${args.id}: ${reply.status} ${JSON.stringify(reply.body)}`)
}

/** Puts the item on the calendar a few seconds from now on the world's account (the operator schedules it), and returns its delivery once the worker handed it off or refused it. */
export async function scheduleAndWait(args: {
  world: HandoffWorld
  collection: 'notes' | 'videos'
  id: Id
  states?: string[]
}): Promise<StoredHandoff> {
  const { world } = args
  const entry = await api<{ doc?: { id: Id }; errors?: { message: string }[] }>({
    url: world.cms.url,
    method: 'POST',
    path: '/api/calendar-entries',
    token: world.tokens.operator,
    body: {
      content: { relationTo: args.collection, value: args.id },
      account: world.account,
      publishAt: new Date(Date.now() + 2000).toISOString(),
    },
  })
  if (entry.status !== 201 || !entry.body.doc) throw new Error(`schedule: ${entry.status} ${JSON.stringify(entry.body)}`)
  const { docs } = await world.cms.payload.find({
    collection: 'deliveries',
    overrideAccess: true,
    depth: 0,
    where: { calendarEntry: { equals: entry.body.doc.id } },
  })
  const delivery = docs[0]
  if (!delivery) throw new Error('the calendar entry made no delivery')
  await waitForDelivery({
    url: world.cms.url,
    token: world.tokens.editor,
    id: delivery.id,
    states: args.states ?? ['awaiting_operator', 'failed', 'needs_reauth', 'unconfirmed', 'manual'],
  })
  return readHandoff({ world, id: delivery.id })
}

export type StoredHandoff = {
  id: Id
  state: string
  url: string | null
  lastError: { message: string } | null
  package: {
    platform: string
    title: string
    body: string
    topics: string[]
    media: { kind: string; position: number; url: string; filename: string; contentType: string; width?: number; height?: number }[]
    cover?: { url: string; filename: string; contentType: string }
    checklist: string[]
    openUrl?: string
  } | null
}

export async function readHandoff(args: { world: HandoffWorld; id: Id }): Promise<StoredHandoff> {
  const reply = await api<StoredHandoff>({
    url: args.world.cms.url,
    method: 'GET',
    path: `/api/deliveries/${args.id}`,
    token: args.world.tokens.editor,
  })
  if (reply.status !== 200) throw new Error(`read delivery ${args.id}: ${reply.status}`)
  return reply.body
}

/** A file of the package as the operator's browser gets it. */
export async function download(args: {
  world: HandoffWorld
  path: string
  token: string
}): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
  const response = await fetch(`${args.world.cms.url}${args.path}`, { headers: { authorization: `JWT ${args.token}` } })
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers }
}

export const markPublished = (args: { world: HandoffWorld; id: Id; url: string; token: string }) =>
  api<{ state?: string; url?: string; errors?: { message: string }[] }>({
    url: args.world.cms.url,
    method: 'POST',
    path: `/api/deliveries/${args.id}/mark-published`,
    token: args.token,
    body: { url: args.url },
  })
