import type { ErrorTable } from '../core/errorTable'

/** Access token invalid / expired / open_id mismatch: refresh once, then retry once (douyin.md §5). */
export const DOUYIN_TOKEN_ERROR_CODES: ReadonlySet<string> = new Set(['10008', '2190002', '2190008', '2190015'])

/** The create call's answer when its video_id was used already (single-use ids, douyin.md §3.1). */
export const DOUYIN_VIDEO_ID_USED = '2190007'
/** The refresh token was renewed the most times the platform allows (5). */
export const DOUYIN_RENEWALS_EXCEEDED = '10020'

/**
 * douyin.md §5; the classes are our policy (UNCERTAIN there). Reasons are what an editor reads: the
 * platform's limit named, and where to fix it.
 */
export const DOUYIN_ERROR_TABLE: ErrorTable = {
  '10002': { kind: 'content_rejected', reason: '抖音：参数错误' },
  '10005': { kind: 'platform', reason: '抖音：缺少参数（程序错误）' },
  '2100005': { kind: 'content_rejected', reason: '抖音：参数不合法（视频、图片或文案不符合要求）' },
  '10003': { kind: 'config', reason: '抖音：client_key 错误，请检查账号的 Client Key' },
  '10013': { kind: 'config', reason: '抖音：client_key 或 client_secret 错误，请检查账号的应用凭据' },
  '10014': { kind: 'config', reason: '抖音：client_key 与授权不匹配，请用同一个应用重新连接账号' },
  '10015': { kind: 'config', reason: '抖音：应用类型不对（需要网站应用）' },
  '16': { kind: 'config', reason: '抖音：该应用无权限' },
  '10004': { kind: 'permission', reason: '抖音：授权缺少所需权限，请重新连接账号并勾选全部权限' },
  '2190003': { kind: 'permission', reason: '抖音：用户没有授权该接口，请重新连接账号并勾选发布权限' },
  '2190004': {
    kind: 'permission',
    reason:
      '抖音：应用没有「代替用户发布内容」能力（video.create.bind，仅企业开发者可申请）；可在账号设置中关闭「服务器直接发布」，改为交给运营在手机上发布',
  },
  '2100007': { kind: 'permission', reason: '抖音：无权限' },
  '10006': { kind: 'reauth_required', reason: '抖音：回调地址不在应用的白名单内，请检查应用设置后重新连接' },
  '10007': { kind: 'reauth_required', reason: '抖音：授权码已过期或已使用，请重新连接账号' },
  '10008': { kind: 'auth_expired', reason: '抖音：access_token 无效，刷新后仍被拒绝' },
  '2190002': { kind: 'auth_expired', reason: '抖音：access_token 无效，刷新后仍被拒绝' },
  '2190008': { kind: 'auth_expired', reason: '抖音：access_token 已过期，刷新后仍被拒绝' },
  '2190015': { kind: 'auth_expired', reason: '抖音：access_token 与 open_id 不匹配，刷新后仍被拒绝' },
  '10010': { kind: 'reauth_required', reason: '抖音：refresh_token 已过期（30 天），请重新连接账号' },
  '10020': { kind: 'reauth_required', reason: '抖音：refresh_token 已续期 5 次（平台上限），请重新连接账号' },
  '2100004': { kind: 'transient', reason: '抖音系统繁忙', retryAfterMs: 60_000 },
  '2100009': { kind: 'permission', reason: '抖音：该用户已被禁止此操作' },
  '2114005': { kind: 'permission', reason: '抖音：该账号的投稿功能已被封禁' },
  '2190016': { kind: 'config', reason: '抖音：应用已被封禁' },
  '2190001': { kind: 'quota_exceeded', reason: '抖音：接口调用额度已用完，明天再发', retryAfter: 'next-day-beijing' },
  '2114007': { kind: 'quota_exceeded', reason: '今日发布数量已达抖音上限，明天再发', retryAfter: 'next-day-beijing' },
  '2190005': { kind: 'content_rejected', reason: '抖音：视频文件太大（单次上传 ≤ 128MB，总计 ≤ 4GB）' },
  '2190006': { kind: 'content_rejected', reason: '抖音：视频超过 15 分钟' },
  '2190007': { kind: 'platform', reason: '抖音：视频 ID 无效（每个 video_id 只能发布一次）' },
  '2111001': { kind: 'content_rejected', reason: '抖音：文案命中敏感词' },
  '2113001': { kind: 'content_rejected', reason: '抖音：素材不符合要求' },
}
