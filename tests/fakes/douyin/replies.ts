import { randomBytes } from 'node:crypto'
import type { FakeReply } from '../shared/fakeServer'
import type { DouyinFakeState } from './state'

/** Resource envelope: HTTP 200 with `data.error_code` and `extra`, errors included (douyin.md §5). */
export function openReply(
  state: DouyinFakeState,
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

/** The same reply, marked as having changed platform state (after-commit faults apply to it). */
export function committedReply(state: DouyinFakeState, data: Record<string, unknown>): FakeReply {
  return { committed: true, ...openReply(state, { data }) }
}

/** OAuth envelope: `{data:{..., error_code, description}, message}` (douyin.md §1, §10). */
export function oauthReply(args: { data?: Record<string, unknown>; code?: number; description?: string }): FakeReply {
  const code = args.code ?? 0
  return {
    json: {
      data: code === 0 ? { ...args.data, error_code: 0, description: '' } : { description: args.description ?? '', error_code: code },
      message: code === 0 ? 'success' : 'error',
    },
  }
}

export const DOUYIN_ERRORS = {
  missing: { code: 10005, description: '缺少参数' },
  parameter: { code: 2100005, description: 'Parameter error' },
  tokenInvalid: { code: 2190002, description: 'access_token无效' },
  tokenExpired: { code: 2190008, description: 'access_token过期,请刷新或重新授权' },
  openIdMismatch: { code: 2190015, description: 'open_id 与 access_token 不匹配' },
  noCapability: { code: 2190004, description: '应用未获得该能力, 请去https://open.douyin.com/申请' },
  videoTooLarge: { code: 2190005, description: '视频文件太大了' },
  videoIdInvalid: { code: 2190007, description: '无效的视频文件id' },
  dailyCap: { code: 2114007, description: '视频发布数量超过每日上限' },
} as const
