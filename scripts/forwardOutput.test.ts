import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { test } from 'node:test'
import { forwardOutput } from './forwardOutput.mjs'

/** A child printing `lines` numbered lines, then `done`: it ends only once all of it has been read. */
function talker(lines: number) {
  const script = `for (let n = 0; n < ${lines}; n++) process.stdout.write('line ' + n + '\\n'); process.stdout.write('done\\n')`
  return spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] })
}

test('while someone reads, every line comes through in order', async () => {
  const child = talker(2_000)
  const reader = spawn('cat', [], { stdio: ['pipe', 'pipe', 'inherit'] })
  let seen = ''
  reader.stdout.on('data', (chunk: Buffer) => {
    seen += chunk.toString()
  })
  forwardOutput({ from: child.stdout, to: reader.stdin })
  const [code] = await once(child, 'close')
  reader.stdin.end()
  await once(reader, 'close')
  assert.equal(code, 0)
  const lines = seen.trimEnd().split('\n')
  assert.equal(lines.length, 2_001)
  assert.equal(lines[1_999], 'line 1999')
  assert.equal(lines.at(-1), 'done')
})

test('a reader that goes away (head) does not stop the child: it runs to its end, and nothing throws', async () => {
  // Far more than a pipe holds: a child whose output stopped being read would block and never end.
  const child = talker(200_000)
  const reader = spawn('head', ['-c', '100'], { stdio: ['pipe', 'pipe', 'inherit'] })
  let seen = ''
  reader.stdout.on('data', (chunk: Buffer) => {
    seen += chunk.toString()
  })
  forwardOutput({ from: child.stdout, to: reader.stdin })
  await once(reader, 'close')
  assert.equal(seen.length, 100)
  assert.ok(seen.startsWith('line 0\nline 1\n'))
  const [code] = await once(child, 'close')
  assert.equal(code, 0, 'the child finished on its own')
})
