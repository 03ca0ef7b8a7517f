import { type NextRequest, NextResponse } from 'next/server'
import { env } from './lib/env'
import { withOwnOrigin } from './lib/ownOrigin'
import { withTeamLanguage } from './lib/teamLanguage'

export function proxy(request: NextRequest) {
  const own = withOwnOrigin({ method: request.method, url: request.nextUrl, headers: request.headers, appOrigins: env.appOrigins })
  const headers = withTeamLanguage({ headers: own ?? request.headers, cookieNames: request.cookies.getAll().map((c) => c.name) }) ?? own
  return headers ? NextResponse.next({ request: { headers } }) : NextResponse.next()
}

/**
 * Next buffers the body of every request the proxy sees and cuts it at 10 MB, so file uploads to the
 * media library bypass it: they stream straight to Payload, whose own limits (200 MB) answer 413.
 */
export const config = {
  matcher: [
    '/admin/:path*',
    '/api/((?!media(?:/|$)).*)',
    { source: '/api/media/:path*', missing: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }] },
  ],
}
