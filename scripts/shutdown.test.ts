import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { PassThrough } from 'node:stream'
import { test } from 'node:test'
import { relayQuietly, stopInStages } from './shutdown.mjs'

/** A stand-in for Redis: a TCP server that says when it is listening. */
const SERVICE = `
const server = require('node:net').createServer((socket) => socket.end()).listen(0, '127.0.0.1', () => console.log('port ' + server.address().port))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
`
/** A stand-in for the worker: polls the service every 10 ms, logs every failed connection, stops polling on SIGTERM after one last poll. */
const WORKER = `
const net = require('node:net')
const port = Number(process.argv[1])
let polled = false
const poll = () => net.connect(port, '127.0.0.1').on('error', (error) => console.error('Error: connect ' + error.code + ' 127.0.0.1:' + port)).on('connect', function () { this.destroy(); if (!polled) console.log('polling'); polled = true })
process.on('SIGTERM', () => { clearInterval(timer); setTimeout(() => { poll(); setTimeout(() => process.exit(0), 100) }, 150) })
const timer = setInterval(poll, 10)
`

/** Plain children: none of the test runner's environment (NODE_TEST_CONTEXT would swallow their output). */
const plain = { env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test' as const } }

/** Everything the child printed, once its streams have closed (they may still hold output at its exit). */
function output(child: ChildProcess): () => Promise<string> {
  let text = ''
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()))
  const closed = new Promise((resolve) => child.once('close', resolve))
  return async () => {
    await closed
    return text
  }
}

async function startPair(): Promise<{ service: ChildProcess; worker: ChildProcess; workerOutput: () => Promise<string> }> {
  const service = spawn(process.execPath, ['-e', SERVICE], { ...plain, stdio: ['ignore', 'pipe', 'inherit'] as const })
  const port = await new Promise<number>((resolve) =>
    service.stdout?.once('data', (chunk: Buffer) => resolve(Number(/port (\d+)/.exec(chunk.toString())?.[1]))),
  )
  const worker = spawn(process.execPath, ['-e', WORKER, String(port)], { ...plain, stdio: ['ignore', 'pipe', 'pipe'] as const })
  const workerOutput = output(worker)
  await new Promise((resolve) => worker.stdout?.once('data', resolve))
  return { service, worker, workerOutput }
}

test('the app stops before the service it polls: no connection refused on the way out', async () => {
  const { service, worker, workerOutput } = await startPair()
  const order: string[] = []
  service.once('exit', () => order.push('service'))
  worker.once('exit', () => order.push('worker'))
  await stopInStages({ stages: [[worker], [service]], graceMs: 5000 })
  assert.deepEqual(order, ['worker', 'service'])
  assert.doesNotMatch(await workerOutput(), /ECONNREFUSED/)
})

test('stopped all at once (as Ctrl-C did to the whole process group), the worker prints refused connections', async () => {
  const { service, worker, workerOutput } = await startPair()
  await stopInStages({ stages: [[worker, service]], graceMs: 5000 })
  assert.match(await workerOutput(), /ECONNREFUSED/)
})

test('while stopping, expected connection errors and their stack lines are dropped; other lines and earlier errors pass', async () => {
  const from = new PassThrough()
  const to = new PassThrough()
  let stopping = false
  let relayed = ''
  to.on('data', (chunk: Buffer) => (relayed += chunk.toString()))
  relayQuietly({ from, to, stopping: () => stopping })
  from.write('[worker] ready\nError: connect ECONNREFUSED 127.0.0.1:6379 (before the stop)\n')
  await new Promise((resolve) => setImmediate(resolve))
  stopping = true
  from.write('Error: connect ECONNREFUSED 127.0.0.1:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)\n')
  from.end('[worker] stopped\n')
  await new Promise((resolve) => setImmediate(resolve))
  assert.equal(relayed, '[worker] ready\nError: connect ECONNREFUSED 127.0.0.1:6379 (before the stop)\n[worker] stopped\n')
})
