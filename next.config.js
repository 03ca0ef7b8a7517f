import os from 'node:os'
import { withPayload } from '@payloadcms/next/withPayload'

/** On every answer (admin, API, public pages, files): nobody frames the app, browsers never guess a file's type. */
const securityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
]

/**
 * `next dev` serves its scripts only to the origins it knows; from any other the admin is a blank page.
 * A team sharing a demo machine opens it by 127.0.0.1 or the network address Next prints, so every
 * address of this machine is one (the same list as lib/appOrigins.ts, which a .js config cannot import).
 */
const machineHosts = [
  'localhost',
  '127.0.0.1',
  ...Object.values(os.networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((entry) => entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry.address),
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['sharp', 'libsql', '@libsql/client'],
  // Type-checking runs as its own test (tests/typecheck.test.ts) over the whole project, not per build.
  typescript: { ignoreBuildErrors: true },
  allowedDevOrigins: [...new Set(machineHosts)],
  // The dev badge sits over the admin's corner on every page; build and runtime errors still open Next's overlay.
  devIndicators: false,
  experimental: {
    // Turbopack's build cache in .next/cache makes a rebuild of the same checkout take 40 s, not 77 s,
    // but writing it adds 17 s and 250 MB to every build. CI's build is a fresh checkout's only one,
    // so the test run turns the cache off (BUILD_CACHE=off); a cold build then takes under a minute.
    turbopackFileSystemCacheForBuild: process.env.BUILD_CACHE !== 'off',
    // Payload names its errors after their classes (APIError, Forbidden…), formats a reply by that name
    // and picks the log level from it (loggingLevels in cms/payload.config.ts). Minified, APIError became
    // an anonymous class: every refusal worded for the editor answered "An unknown error occurred." and
    // was logged as an error.
    serverMinification: false,
  },
  headers: async () => [{ source: '/:path*', headers: securityHeaders }],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
