import net from 'node:net'

export type ResettingProxy = {
  port: number
  /** The next connection to send a statement matching `statement` is reset instead of passing it on (once). */
  resetOn: (statement: RegExp) => void
  /** How many connections have been reset so far. */
  resets: () => number
  close: () => Promise<void>
}

/**
 * A TCP proxy on loopback in front of `port` (a database server) that can reset a client's connection
 * in the middle of its work, as a failover or a network blip does: the statement never reaches the
 * server and the client's connection is cut while it waits for the answer (node-postgres reports it as
 * terminated). Everything else passes through unchanged.
 */
export async function startResettingProxy(args: { host?: string; port: number }): Promise<ResettingProxy> {
  const sockets = new Set<net.Socket>()
  let armed: RegExp | undefined
  let resets = 0
  const server = net.createServer((client) => {
    const upstream = net.connect(args.port, args.host ?? '127.0.0.1')
    sockets.add(client).add(upstream)
    const end = () => {
      client.destroy()
      upstream.destroy()
      sockets.delete(client)
      sockets.delete(upstream)
    }
    client.on('data', (chunk: Buffer) => {
      // A statement's text travels as it is in Postgres's Query and Parse messages.
      if (!armed?.test(chunk.toString('latin1'))) {
        upstream.write(chunk)
        return
      }
      armed = undefined
      resets += 1
      client.resetAndDestroy()
      end()
    })
    upstream.on('data', (chunk: Buffer) => client.write(chunk))
    for (const socket of [client, upstream]) {
      socket.on('error', end)
      socket.on('close', end)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  return {
    port,
    resetOn: (statement) => {
      armed = statement
    },
    resets: () => resets,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
