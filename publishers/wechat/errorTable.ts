import type { ErrorTable } from '../core/errorTable'

/** Codes whose only cure is a fresh token: refresh once and retry the single failed call (wechat.md §3). */
export const WECHAT_TOKEN_ERROR_CODES: ReadonlySet<number> = new Set([40001, 40014, 42001])

const IP_ALLOW_LIST = '服务器 IP 不在公众号 IP 白名单中：请在公众号后台「设置与开发 → 基本配置 → IP 白名单」加入本服务器的出口 IP'

/** Business endpoints (wechat.md §3). The class of each code is our policy. */
export const WECHAT_ERROR_TABLE: ErrorTable = {
  '-1': { kind: 'transient', reason: '微信系统繁忙', retryAfterMs: 5_000 },
  '40001': { kind: 'auth_expired', reason: 'access_token 无效或不是最新，刷新后仍被拒绝' },
  '40014': { kind: 'auth_expired', reason: 'access_token 不合法，刷新后仍被拒绝' },
  '42001': { kind: 'auth_expired', reason: 'access_token 已过期，刷新后仍被拒绝' },
  '41001': { kind: 'platform', reason: '请求缺少 access_token（程序错误）' },
  '40002': { kind: 'platform', reason: '参数不合法（程序错误）' },
  '40013': { kind: 'config', reason: 'AppID 不合法，请检查账号凭据' },
  '40125': { kind: 'config', reason: 'AppSecret 不合法，请检查账号凭据' },
  '41002': { kind: 'config', reason: '缺少 AppID，请检查账号凭据' },
  '41004': { kind: 'config', reason: '缺少 AppSecret，请检查账号凭据' },
  '40164': { kind: 'config', reason: IP_ALLOW_LIST },
  '40243': { kind: 'config', reason: 'AppSecret 已被冻结，请在公众号后台解冻' },
  '43002': { kind: 'platform', reason: '请求方法错误（程序错误）' },
  '44002': { kind: 'platform', reason: '请求体为空（程序错误）' },
  '47001': { kind: 'platform', reason: '请求的 JSON 无法解析（程序错误）' },
  '40033': { kind: 'content_rejected', reason: '请求包含 \\uxxxx 形式的字符，请使用原始 UTF-8 文本' },
  '44003': { kind: 'content_rejected', reason: '草稿内容为空' },
  '40004': { kind: 'content_rejected', reason: '不合法的媒体文件类型' },
  '40005': { kind: 'content_rejected', reason: '不合法的文件类型（正文图片只支持 jpg/png）' },
  '40009': { kind: 'content_rejected', reason: '图片大小超过微信限制' },
  '40137': { kind: 'content_rejected', reason: '不支持的图片格式' },
  '41005': { kind: 'content_rejected', reason: '缺少多媒体文件' },
  '45001': { kind: 'content_rejected', reason: '多媒体文件大小超过限制（缩略图不超过 64KB）' },
  '40007': { kind: 'content_rejected', reason: '无效的 media_id（封面必须是永久素材）' },
  '45002': { kind: 'content_rejected', reason: '正文超过微信上限（少于 2 万字符且小于 1MB）' },
  '45003': { kind: 'content_rejected', reason: '标题超过微信的长度限制' },
  '45004': { kind: 'content_rejected', reason: '摘要超过微信的长度限制' },
  '45110': { kind: 'content_rejected', reason: '作者超过微信的长度限制' },
  '45008': { kind: 'content_rejected', reason: '一条图文的文章数超过限制' },
  '41039': { kind: 'content_rejected', reason: '「阅读原文」链接不合法' },
  '45166': { kind: 'content_rejected', reason: '内容不合法，被微信拒绝' },
  '40155': { kind: 'content_rejected', reason: '正文包含其他公众号的主页链接' },
  '53404': { kind: 'content_rejected', reason: '带货商品卡片不合法' },
  '53405': { kind: 'content_rejected', reason: '带货商品卡片不合法' },
  '53406': { kind: 'content_rejected', reason: '带货商品卡片不合法' },
  '53503': { kind: 'content_rejected', reason: '该草稿未通过微信的发布检查' },
  '88000': { kind: 'config', reason: '该公众号没有留言权限：请在账号设置中关闭「打开留言」' },
  '53504': { kind: 'permission', reason: '该草稿需要在公众号后台操作' },
  '53505': { kind: 'permission', reason: '请先在公众号后台手动保存该草稿' },
  '53600': { kind: 'platform', reason: 'Article ID 无效' },
  '40060': { kind: 'platform', reason: '文章序号不合法' },
  '45009': { kind: 'quota_exceeded', reason: '该接口今日调用次数已达上限', retryAfter: 'next-day-beijing' },
  '45011': { kind: 'rate_limited', reason: '该接口每分钟调用次数已达上限', retryAfterMs: 60_000 },
  '48001': { kind: 'permission', reason: '该公众号没有此接口的权限（未认证账号自 2025 年 7 月起不能通过接口发表）' },
  '48004': { kind: 'permission', reason: '该接口已被微信封禁' },
  '50002': { kind: 'permission', reason: '公众号受限' },
  '61451': { kind: 'platform', reason: '参数错误' },
}

/** The token endpoints answer with their own meaning for some codes (40001 there means a wrong AppSecret). */
export const WECHAT_TOKEN_ENDPOINT_TABLE: ErrorTable = {
  ...WECHAT_ERROR_TABLE,
  '40001': { kind: 'config', reason: 'AppSecret 错误或不属于该公众号，请检查账号凭据' },
  '45009': { kind: 'quota_exceeded', reason: '获取 access_token 的次数今日已达上限', retryAfter: 'next-day-beijing' },
  '45011': { kind: 'rate_limited', reason: '强制刷新 stable_token 过于频繁（两次至少间隔 30 秒）', retryAfterMs: 30_000 },
  '50004': { kind: 'config', reason: '该公众号被禁止获取 access_token' },
  '50007': { kind: 'config', reason: '公众号已被冻结' },
  '89503': { kind: 'config', reason: '此 IP 调用需要公众号管理员确认，请在后台确认后重试' },
  '89506': { kind: 'config', reason: '公众号管理员拒绝了此 IP 的调用' },
  '89507': { kind: 'config', reason: '公众号管理员拒绝了此 IP 的调用（1 小时内不可再用）' },
}

/** freepublish/submit codes that mean "the draft exists; a person publishes it in the back office". */
export const WECHAT_MANUAL_PUBLISH_CODES: ReadonlySet<string> = new Set(['48001', '53504', '53505'])

/** freepublish/get `publish_status` values other than 0 (published) and 1 (publishing). */
export const WECHAT_PUBLISH_FAILURES: Readonly<Record<number, string>> = {
  2: '原创声明校验未通过',
  3: '发表失败（常规失败）',
  4: '平台审核不通过',
  5: '发表成功后已被用户删除',
  6: '发表成功后已被系统封禁',
}

/**
 * message/mass/* (wechat.md §9.11) over the business table. 45065 never reaches it (the client adopts the
 * existing msg_id); 45028 and 48001 are reworded or turned into a hand-off by the mass flow.
 */
export const WECHAT_MASS_ERROR_TABLE: ErrorTable = {
  ...WECHAT_ERROR_TABLE,
  '45028': { kind: 'quota_exceeded', reason: '群发次数已用完', retryAfter: 'next-day-beijing' },
  '45065': { kind: 'platform', reason: '相同 clientmsgid 已有群发记录' },
  // "请间隔1分钟重试": one second more than the minute, so the retry never lands just inside it.
  '45066': { kind: 'rate_limited', reason: '同一条群发重试过快，微信要求间隔 1 分钟后再试', retryAfterMs: 61_000 },
  '45067': { kind: 'platform', reason: 'clientmsgid 超过长度限制（程序错误）' },
  '40007': { kind: 'content_rejected', reason: '群发用的草稿不存在、已经发出或不能群发（无效的 media_id）' },
  '40059': { kind: 'platform', reason: '无效的群发消息 ID（msg_id）' },
  '45159': { kind: 'config', reason: '粉丝标签不存在：请在日历条目中重新选择群发标签' },
  '40003': { kind: 'platform', reason: '不合法的 OpenID（程序错误）' },
  '40031': { kind: 'platform', reason: '不合法的 OpenID 列表（程序错误）' },
  '40032': { kind: 'platform', reason: 'OpenID 列表长度不合法：按 OpenID 群发至少 2 个、最多 10000 个（程序错误）' },
}

/** mass/get `msg_status` values other than SEND_SUCCESS and SENDING. */
export const WECHAT_MASS_FAILURES: Readonly<Record<string, string>> = {
  SEND_FAIL: '群发失败：微信没有发出这条群发，请到公众号后台「内容与互动 → 群发记录」查看原因',
  DELETE: '群发消息已被删除（在公众号后台或通过接口删除），文章链接已失效',
}

const DATACUBE_BUG = '这是本系统的程序错误，统计没有读到，请把这条提示转给技术同事'

/**
 * datacube/* (analytics.md §2.1) over the business table: the quota ends the day's collection, a missing
 * permission is fixed in the account, and a refused date or span is our own mistake.
 */
export const WECHAT_DATACUBE_ERROR_TABLE: ErrorTable = {
  ...WECHAT_ERROR_TABLE,
  '45009': {
    kind: 'quota_exceeded',
    reason: '微信数据统计接口今日调用次数已用完，统计将在明天（北京时间 0 点后）自动继续，无需操作',
    retryAfter: 'next-day-beijing',
  },
  '48001': {
    kind: 'permission',
    reason: '该公众号没有数据统计接口的权限：数据接口只对已认证的公众号开放，请先在公众号后台完成微信认证，认证前请手动录入数据',
  },
  // Third-party platforms only (not how we connect): the account has not granted the 数据分析 permission set.
  '61007': { kind: 'permission', reason: '公众号没有把「数据分析」权限授权给本应用，请公众号管理员重新授权后再试' },
  '61023': { kind: 'reauth_required', reason: '公众号对本应用的授权已失效，请公众号管理员重新授权' },
  '61500': { kind: 'platform', reason: `微信拒绝了请求的统计日期（日期格式错误或晚于昨天）。${DATACUBE_BUG}` },
  // UNCERTAIN (analytics.md §2.1): the code of an over-long span is unverified; 61501 is WeChat's 日期范围错误.
  '61501': { kind: 'platform', reason: `请求的统计日期跨度超过微信接口的上限。${DATACUBE_BUG}` },
  '47009': { kind: 'platform', reason: `请求了微信已下线的旧数据接口，应改用「发表内容」数据接口。${DATACUBE_BUG}` },
}
