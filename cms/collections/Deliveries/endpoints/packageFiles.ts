import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { APIError, type PayloadRequest } from 'payload'
import { z } from 'zod'
import { createImageReader } from '../../../../publishers'
import { requireAccountAssignment } from '../../../access/accountRefusal'
import { CONTENT_KIND, contentRefOf, relationId } from '../../../content'
import { readSettings } from '../../../delivery/deliveryJson'
import { mediaFilePath, readMediaFile } from '../../../delivery/mediaFiles'
import { publishingRuntime } from '../../../delivery/publishingRuntime'
import { bodyPresetFor, coverPresetFor } from '../../../delivery/publisherMedia'
import { readStoredHandoffPackage, type StoredHandoffMedia } from '../../../delivery/storedHandoffPackage'
import { prepareFile } from '../../../delivery/prepareFile'
import { defineEndpoint } from '../../../http/defineEndpoint'
import { findForUser } from '../../../http/findForUser'

// Who posts the hand-off reads its files: editors and admins, and 内容运营 for their own accounts.
const READERS = ['admin', 'editor', 'operator'] as const
const REFUSAL = '只有编辑、管理员或负责这个账号的内容运营可以下载发布包。'
const positionParams = z.object({
  id: z.string().min(1),
  position: z.coerce.number({ message: '发布包里没有这个文件。' }).int().positive('发布包里没有这个文件。'),
})

/** `attachment; filename*=UTF-8''…`: the operator's browser saves it under its numbered name, Chinese included. */
function fileHeaders(file: { filename: string; contentType: string; length?: number }): Headers {
  const headers = new Headers({
    'content-type': file.contentType,
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    'cache-control': 'private, max-age=300',
    'x-content-type-options': 'nosniff',
  })
  if (file.length !== undefined) headers.set('content-length', String(file.length))
  return headers
}

/** The file as prepared for the platform: a picture cut to the route's preset, a video as uploaded (streamed). */
async function serve(args: {
  req: PayloadRequest
  id: string
  pick: (files: { media: StoredHandoffMedia[]; cover?: StoredHandoffMedia }) => StoredHandoffMedia | undefined
  role: 'media' | 'cover'
}): Promise<Response> {
  const { req } = args
  const delivery = await findForUser({ req, collection: 'deliveries', id: args.id, missing: '发布记录不存在。' })
  await requireAccountAssignment({ req, account: delivery.account, action: 'confirm' })
  const stored = readStoredHandoffPackage(delivery.package)
  if (!stored) throw new APIError('这条发布没有发布包。', 404, null, true)
  const file = args.pick(stored)
  if (!file) throw new APIError('发布包里没有这个文件。', 404, null, true)

  if (file.kind === 'video') {
    if (file.source.kind !== 'media') throw new APIError('这个视频不在素材库里，无法下载。', 404, null, true)
    const path = mediaFilePath(file.source.id)
    const size = await stat(path)
      .then((info) => info.size)
      .catch(() => null)
    if (size === null) throw new APIError('素材库里找不到这个视频文件。', 404, null, true)
    const body = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>
    return new Response(body, { headers: fileHeaders({ filename: file.filename, contentType: file.contentType, length: size }) })
  }

  const account = await req.payload.findByID({
    collection: 'platform-accounts',
    id: relationId(delivery.account) ?? '',
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  const content = contentRefOf(delivery.content)
  const publisher =
    account && content
      ? publishingRuntime().registry.find({ platform: account.platform, contentKind: CONTENT_KIND[content.relationTo] })
      : undefined
  if (!account || !publisher) throw new APIError('这条发布的账号已不存在或不再支持这种内容，无法准备图片。', 404, null, true)
  const preset =
    args.role === 'cover'
      ? coverPresetFor({ publisher: publisher.id, settings: readSettings(account.settings) })
      : bodyPresetFor({ publisher: publisher.id })
  const read = createImageReader({
    readMedia: ({ id }) => readMediaFile({ payload: req.payload, filename: id }),
    safeFetch: publishingRuntime().safeFetch,
  })
  const prepared = await prepareFile({ file: await read(file.source), preset })
  return new Response(Buffer.from(prepared.bytes), {
    headers: fileHeaders({ filename: file.filename, contentType: prepared.contentType, length: prepared.bytes.length }),
  })
}

/** GET /api/deliveries/:id/package/media/:position: file `position` (1-based) of a hand-off, ready to save and post. */
export const packageMediaEndpoint = defineEndpoint({
  path: '/:id/package/media/:position',
  method: 'get',
  roles: READERS,
  refusal: REFUSAL,
  params: positionParams,
  handler: ({ req, params }) =>
    serve({ req, id: params.id, role: 'media', pick: ({ media }) => media.find((file) => file.position === params.position) }),
})

/** GET /api/deliveries/:id/package/cover: the hand-off's cover, cut to the platform's cover preset. */
export const packageCoverEndpoint = defineEndpoint({
  path: '/:id/package/cover',
  method: 'get',
  roles: READERS,
  refusal: REFUSAL,
  handler: ({ req, params }) => serve({ req, id: params.id, role: 'cover', pick: ({ cover }) => cover }),
})

/** The hand-off's doors on a delivery: confirm with the link, download each file. */
export const packageFileEndpoints = [packageMediaEndpoint, packageCoverEndpoint]
