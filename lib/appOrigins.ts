/**
 * The origins the app is served from: the only ones whose cookie-authenticated requests are accepted
 * (Payload's `csrf` list). With no public address configured, this host's own, by name and by loopback IP.
 */
export function appOrigins(args: { publicUrl: string | undefined; port: number }): string[] {
  if (args.publicUrl) return [new URL(args.publicUrl).origin]
  return [`http://localhost:${args.port}`, `http://127.0.0.1:${args.port}`]
}
