import type { FakeReply } from '../shared/fakeServer'

/**
 * Weibo answers errors with a non-200 status and `{request, error_code, error}` (weibo.md §3). The exact
 * status per code is UNCERTAIN; the fake uses 401 for token codes, 403 for limits and permissions,
 * 500 for system errors, 400 otherwise.
 */
export function weiboError(args: { path: string; code: number; error: string }): FakeReply {
  const { code } = args
  const status = [21327, 21332, 21301, 21315, 21316, 21317].includes(code)
    ? 401
    : [10022, 10023, 10024, 10014, 10005].includes(code)
      ? 403
      : code >= 10001 && code <= 10003
        ? 500
        : 400
  return { status, json: { request: args.path, error_code: code, error: args.error } }
}

/** OAuth endpoints use `{error, error_code, error_description}`. */
export function oauthError(args: { code: number; error: string; description: string }): FakeReply {
  return { status: 400, json: { error: args.error, error_code: args.code, error_description: args.description } }
}
