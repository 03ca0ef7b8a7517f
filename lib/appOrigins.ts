import os from 'node:os'

type Interfaces = ReturnType<typeof os.networkInterfaces>

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1']

/**
 * This machine's own host names: localhost, the loopback IP and every IPv4 address of its network
 * interfaces (what `next dev` prints as "Network:"), so a team sharing a demo machine reaches it by any.
 */
export function machineHosts(interfaces: Interfaces = os.networkInterfaces()): string[] {
  const addresses = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((entry) => entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry.address)
  return [...new Set([...LOOPBACK_HOSTS, ...addresses])]
}

function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.includes(hostname) || hostname.startsWith('127.') || hostname === '[::1]'
}

/**
 * The origins the app is served from: the only ones whose cookie-authenticated requests are accepted
 * (Payload's `csrf` list). A public address on the internet stands alone; with none, or one that
 * only names this machine (localhost), every address of this machine on the app's own port.
 */
export function appOrigins(args: { publicUrl: string | undefined; port: number; interfaces?: Interfaces }): string[] {
  const local = machineHosts(args.interfaces).map((host) => `http://${host}:${args.port}`)
  if (!args.publicUrl) return local
  const publicUrl = new URL(args.publicUrl)
  if (!isLoopbackHost(publicUrl.hostname)) return [publicUrl.origin]
  return [...new Set([publicUrl.origin, ...local])]
}

/**
 * What the admin's browser code is told the server's address is: PUBLIC_URL when it is a real address;
 * nothing (same-origin requests) when it names this machine, so a teammate opening the admin at the
 * network address does not call their own localhost.
 */
export function adminServerUrl(publicUrl: string | undefined): string | undefined {
  if (!publicUrl) return undefined
  return isLoopbackHost(new URL(publicUrl).hostname) ? undefined : publicUrl
}
