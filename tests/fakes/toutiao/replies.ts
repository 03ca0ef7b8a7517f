import { randomBytes } from 'node:crypto'
import type { FakeReply } from '../shared/fakeServer'
import type { ToutiaoFakeState } from './state'

/** Open-platform resource envelope: HTTP 200 with `data` and `extra`, errors included (toutiao.md §1.4). */
export function openReply(
  state: ToutiaoFakeState,
  args: { data?: Record<string, unknown>; code?: number; description?: string },
): FakeReply {
  const code = args.code ?? 0
  const description = args.description ?? ''
  return {
    json: {
      data: { ...args.data, error_code: code, description },
      extra: {
        error_code: code,
        description,
        sub_error_code: 0,
        sub_description: '',
        logid: randomBytes(8).toString('hex'),
        now: state.clock.now(),
      },
    },
  }
}

/** open.snssdk.com OAuth envelope: `{data:{..., error_code, description}, message}`. */
export function oauthReply(args: { data?: Record<string, unknown>; code?: number; description?: string }): FakeReply {
  const code = args.code ?? 0
  return {
    json: {
      data:
        code === 0
          ? { ...args.data, error_code: 0, description: '' }
          : { captcha: '', desc_url: '', description: args.description ?? '', error_code: code },
      message: code === 0 ? 'success' : 'error',
    },
  }
}
