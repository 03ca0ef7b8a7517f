/** The user's authorisation page on a ByteDance open platform (toutiao.md §1.1, douyin.md §1): the same query on each. Pure. */
export function bytedanceAuthorizeUrl(args: {
  page: string
  clientKey: string
  redirectUri: string
  state: string
  scopes: readonly string[]
}): string {
  const url = new URL(args.page)
  url.searchParams.set('client_key', args.clientKey)
  url.searchParams.set('response_type', 'code')
  url.searchParams.set('scope', args.scopes.join(','))
  url.searchParams.set('redirect_uri', args.redirectUri)
  url.searchParams.set('state', args.state)
  return url.toString()
}
