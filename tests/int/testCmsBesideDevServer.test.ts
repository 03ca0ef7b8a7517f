/**
 * A test file run while `npm run up` serves the admin on the same machine (a developer's usual two
 * terminals): its CMS opens no socket to that server. Payload's config-reload socket, opened outside
 * production to the Next dev server on PORT, kept such a file from ending until the runner's timeout.
 */
import assert from 'node:assert/strict'
import { createServer, type Socket } from 'node:net'
import { test } from 'node:test'
import { freePort } from '../helpers/processes'
import { startTestCms } from '../helpers/testCms'

test('a test CMS opens no connection to the dev server’s port', async () => {
  const connections: Socket[] = []
  const port = await freePort()
  // Where `next dev` would listen: a connection is kept open, as the dev server keeps Payload's.
  const devServer = createServer((socket) => connections.push(socket))
  await new Promise<void>((resolve) => devServer.listen(port, resolve))
  process.env.PORT = String(port)
  try {
    const cms = await startTestCms()
    try {
      // Payload opens its socket right after its init; a moment more for the connect.
      await new Promise((resolve) => setTimeout(resolve, 1_000))
      assert.equal(connections.length, 0)
    } finally {
      await cms.close()
    }
  } finally {
    for (const socket of connections) socket.destroy()
    await new Promise((resolve) => devServer.close(resolve))
  }
})
