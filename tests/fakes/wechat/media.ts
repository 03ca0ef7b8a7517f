import { createHash } from 'node:crypto'
import type { FakeReply, FakeRequest, FakeRoute } from '../shared/fakeServer'
import { parseFormBody } from '../shared/requestBody'
import { sniffFormat } from '../shared/sniff'
import { consumeQuota, wxError } from './replies'
import type { WechatFakeState } from './state'
import { checkAccessToken } from './tokens'

const MB = 1024 * 1024

/** add_material limits per type (wechat.md §2.2). */
const MATERIAL_RULES: Record<string, { formats: string[]; maxBytes: number; tooLarge: number }> = {
  image: { formats: ['jpeg', 'png', 'gif', 'bmp'], maxBytes: 10 * MB, tooLarge: 40009 },
  thumb: { formats: ['jpeg'], maxBytes: 64 * 1024, tooLarge: 45001 },
  voice: { formats: [], maxBytes: 2 * MB, tooLarge: 45001 },
  video: { formats: ['mp4'], maxBytes: 10 * MB, tooLarge: 45001 },
}

async function gate(state: WechatFakeState, request: FakeRequest): Promise<FakeReply | { bytes: Buffer; format?: string }> {
  const denied = checkAccessToken(state, request) ?? consumeQuota(state, request)
  if (denied) return denied
  const file = (await parseFormBody(request)).files.get('media')
  if (file === undefined || file.bytes.length === 0) return wxError(41005, 'media data missing')
  return { bytes: file.bytes, format: sniffFormat(file.bytes) }
}

/** media/uploadimg: jpg/png only, < 1MB, answers an mmbiz URL (no media_id). */
async function uploadImage(state: WechatFakeState, request: FakeRequest): Promise<FakeReply> {
  const file = await gate(state, request)
  if (!('bytes' in file)) return file
  if (file.format !== 'jpeg' && file.format !== 'png') return wxError(40005, 'invalid file type')
  if (file.bytes.length >= MB) return wxError(40009, 'invalid image size')
  const hash = createHash('sha1').update(file.bytes).digest('hex').slice(0, 16)
  state.seq += 1
  const url = `http://mmbiz.qpic.cn/mmbiz_${file.format === 'png' ? 'png' : 'jpg'}/${hash}${state.seq}/0`
  state.images.set(url, { bytes: file.bytes.length })
  state.ledger.record({ kind: 'uploadimg', data: { url, bytes: file.bytes.length, sha1: hash }, at: state.clock.now() })
  return { committed: true, json: { url, errcode: 0, errmsg: 'ok' } }
}

/** material/add_material?type=: permanent material with a media_id. */
async function addMaterial(state: WechatFakeState, request: FakeRequest): Promise<FakeReply> {
  const type = request.query.get('type') ?? ''
  const rule = MATERIAL_RULES[type]
  if (rule === undefined) return wxError(40004, 'invalid media type')
  const file = await gate(state, request)
  if (!('bytes' in file)) return file
  if (file.format === undefined || !rule.formats.includes(file.format)) return wxError(40005, 'invalid file type')
  if (file.bytes.length > rule.maxBytes) return wxError(rule.tooLarge, type === 'image' ? 'invalid image size' : 'media size out of limit')
  state.seq += 1
  const mediaId = `FAKE_MEDIA_${type.toUpperCase()}_${state.seq}`
  const url = type === 'video' ? '' : `http://mmbiz.qpic.cn/mmbiz_jpg/FAKEMAT${state.seq}/0?wx_fmt=jpeg`
  state.materials.set(mediaId, { type, url })
  state.ledger.record({ kind: 'material', data: { media_id: mediaId, type, bytes: file.bytes.length }, at: state.clock.now() })
  return { committed: true, json: { media_id: mediaId, url } }
}

export function wechatMediaRoutes(state: WechatFakeState): FakeRoute[] {
  return [
    { method: 'POST', path: '/cgi-bin/media/uploadimg', handle: (request) => uploadImage(state, request) },
    { method: 'POST', path: '/cgi-bin/material/add_material', handle: (request) => addMaterial(state, request) },
  ]
}
