import type { ErrorTable } from '../core/errorTable'

/**
 * Only 10002, 10005, 16 and 2100005 are confirmed (toutiao.md §1.4). The token codes 2190002/2190008 and the
 * OAuth codes 10007/10008/10010/10013 follow the Douyin open platform's convention: UNCERTAIN for Toutiao.
 */
export const TOUTIAO_TOKEN_ERROR_CODES: ReadonlySet<string> = new Set(['2190002', '2190008'])

export const TOUTIAO_ERROR_TABLE: ErrorTable = {
  '2190002': { kind: 'auth_expired', reason: 'access_token 无效，刷新后仍被拒绝' },
  '2190008': { kind: 'auth_expired', reason: 'access_token 已过期，刷新后仍被拒绝' },
  '10007': { kind: 'reauth_required', reason: '授权码已过期或已使用，请重新授权' },
  '10008': { kind: 'reauth_required', reason: 'refresh_token 已失效，请重新授权头条账号' },
  '10010': { kind: 'reauth_required', reason: 'refresh_token 已过期，请重新授权头条账号' },
  '10013': { kind: 'config', reason: 'client_key 或 client_secret 错误' },
  '16': { kind: 'permission', reason: '应用没有该权限（发布需开通 toutiao.video.create，读数据需 toutiao.video.data，并由用户授权）' },
  '10002': { kind: 'content_rejected', reason: '参数错误' },
  '2100005': { kind: 'content_rejected', reason: '参数错误（视频或标题不符合要求）' },
  '10005': { kind: 'platform', reason: '缺少参数（程序错误）' },
  // Douyin-envelope codes of the video data call (douyin.md §5, analytics.md §4): classes are our policy, UNCERTAIN for Toutiao.
  '2190003': { kind: 'permission', reason: '用户没有授权该接口，请重新授权头条账号并勾选视频数据权限' },
  '2190004': { kind: 'permission', reason: '应用未获得视频数据能力（toutiao.video.data），请在开放平台申请并重新授权' },
  '2190001': { kind: 'quota_exceeded', reason: '头条接口今日调用额度已用完', retryAfter: 'next-day-beijing' },
  '2100004': { kind: 'transient', reason: '头条系统繁忙', retryAfterMs: 60_000 },
}
