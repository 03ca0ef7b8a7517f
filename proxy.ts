import { type NextRequest, NextResponse } from 'next/server'
import { withTeamLanguage } from './lib/teamLanguage'

export function proxy(request: NextRequest) {
  const headers = withTeamLanguage({ headers: request.headers, cookieNames: request.cookies.getAll().map((c) => c.name) })
  return headers ? NextResponse.next({ request: { headers } }) : NextResponse.next()
}

export const config = { matcher: ['/admin/:path*', '/api/:path*'] }
