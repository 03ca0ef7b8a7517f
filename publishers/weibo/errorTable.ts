import type { ErrorRule, ErrorTable } from '../core/errorTable'

const HOUR_MS = 3_600_000
const reauth: ErrorRule = { kind: 'reauth_required', reason: '微博授权已失效（过期、被撤销或改了密码），请重新授权' }
const system: ErrorRule = { kind: 'transient', reason: '微博系统错误', retryAfterMs: 30_000 }
const badParameter: ErrorRule = { kind: 'content_rejected', reason: '参数不合法（常见原因：正文缺少应用安全域名下的链接）' }

/** V2 codes (weibo.md §3); the class of each code is our policy. */
export const WEIBO_ERROR_TABLE: ErrorTable = {
  '10001': system,
  '10002': system,
  '10003': system,
  '10009': system,
  '10010': system,
  '10011': system,
  '10004': { kind: 'config', reason: '服务器 IP 被微博限制' },
  '10005': { kind: 'permission', reason: '应用没有该接口的权限' },
  '10014': { kind: 'permission', reason: '应用没有该接口的权限（高级接口需申请）' },
  '10006': badParameter,
  '10008': badParameter,
  '10016': badParameter,
  '10017': badParameter,
  '10012': { kind: 'platform', reason: '非法请求' },
  '10013': { kind: 'config', reason: '不合法的微博用户' },
  '10018': { kind: 'content_rejected', reason: '请求体超过限制' },
  '10021': { kind: 'platform', reason: '请求方法错误（程序错误）' },
  '10022': { kind: 'rate_limited', reason: '服务器 IP 请求频次超过上限', retryAfterMs: HOUR_MS },
  '10023': { kind: 'rate_limited', reason: '该用户请求频次超过上限', retryAfterMs: HOUR_MS },
  '10024': { kind: 'rate_limited', reason: '该用户调用发微博接口的频次超过上限', retryAfterMs: HOUR_MS },
  '20016': { kind: 'rate_limited', reason: '发布内容过于频繁', retryAfterMs: HOUR_MS },
  '20003': { kind: 'config', reason: '微博用户不存在' },
  '20005': { kind: 'content_rejected', reason: '图片格式不支持（只支持 JPG/GIF/PNG）' },
  '20006': { kind: 'content_rejected', reason: '图片超过 5MB' },
  '20007': { kind: 'content_rejected', reason: '请求中缺少图片' },
  '20008': { kind: 'content_rejected', reason: '微博内容为空' },
  '20012': { kind: 'content_rejected', reason: '微博正文超过 140 字' },
  '20013': { kind: 'content_rejected', reason: '微博正文超过 300 字' },
  '20015': { kind: 'permission', reason: '账号、IP 或应用被微博判定为非法' },
  '20017': { kind: 'content_rejected', reason: '内容与已发微博相似' },
  '20019': { kind: 'content_rejected', reason: '内容与已发微博重复' },
  '20111': { kind: 'content_rejected', reason: '不能发布相同的微博' },
  '20018': { kind: 'content_rejected', reason: '包含非法网址' },
  '20020': { kind: 'content_rejected', reason: '包含广告信息' },
  '20021': { kind: 'content_rejected', reason: '内容违规' },
  '20022': { kind: 'permission', reason: '该 IP 行为异常' },
  '20031': { kind: 'permission', reason: '微博要求验证码，请在微博上手动发布' },
  '20101': { kind: 'platform', reason: '目标微博不存在' },
  '20102': { kind: 'platform', reason: '不是自己的微博' },
  '21301': reauth,
  '21314': reauth,
  '21315': reauth,
  '21316': reauth,
  '21317': reauth,
  '21319': reauth,
  '21327': reauth,
  '21332': reauth,
  '21321': { kind: 'config', reason: '应用未通过审核，只能由测试账号使用' },
  '21322': { kind: 'config', reason: '回调地址（redirect_uri）与应用登记的不一致' },
  '21323': { kind: 'config', reason: 'OAuth 请求不合法' },
  '21324': { kind: 'config', reason: 'AppKey 或 AppSecret 错误' },
  '21325': { kind: 'reauth_required', reason: '授权码无效或已使用，请重新授权' },
  '21326': { kind: 'config', reason: '应用未获授权' },
  '21328': { kind: 'platform', reason: '不支持的 grant_type（程序错误）' },
  '21329': { kind: 'platform', reason: '不支持的 response_type（程序错误）' },
  '21330': { kind: 'reauth_required', reason: '用户拒绝了授权' },
  '21331': { kind: 'transient', reason: '微博授权服务暂时不可用' },
  '21335': { kind: 'platform', reason: 'uid 必须是当前授权用户' },
}

/** "Repeat content": the post very probably exists already; never re-post with altered text. */
export const WEIBO_DUPLICATE_CODES: ReadonlySet<string> = new Set(['20017', '20019', '20111'])

/** 20032: "update success, while server slow now": accepted, visible in 1–2 minutes. */
export const WEIBO_ACCEPTED_LATER_CODE = '20032'
