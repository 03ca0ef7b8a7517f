export const TEAM_LANGUAGE = 'zh'
export const LANGUAGE_COOKIE = 'payload-lng'

/**
 * The admin speaks the team's language (Simplified Chinese) unless the user has chosen another
 * in their account settings, which Payload remembers in the `payload-lng` cookie. A browser's own
 * Accept-Language does not override the team's default.
 * Returns the request headers to use, or null to leave the request untouched.
 */
export function withTeamLanguage(args: { headers: Headers; cookieNames: string[] }): Headers | null {
  if (args.cookieNames.includes(LANGUAGE_COOKIE)) return null
  const headers = new Headers(args.headers)
  headers.set('accept-language', TEAM_LANGUAGE)
  return headers
}
