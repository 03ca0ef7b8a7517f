import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { readVideoFileSize, readVideoSize } from './readVideoSize'
import { sizedMp4 } from './testing/sizedMp4'

const inMemory = (bytes: Buffer) => ({
  size: bytes.length,
  read: async ({ offset, length }: { offset: number; length: number }) => bytes.subarray(offset, offset + length),
})

test('the video track size, moov first or last, past an audio track without one', async () => {
  assert.deepEqual(await readVideoSize(inMemory(sizedMp4({ width: 1080, height: 1920 }))), { width: 1080, height: 1920 })
  assert.deepEqual(await readVideoSize(inMemory(sizedMp4({ width: 1920, height: 1080, moovLast: true, bytes: 100_000 }))), {
    width: 1920,
    height: 1080,
  })
})

test('a phone video turned by its matrix reads as people see it', async () => {
  assert.deepEqual(await readVideoSize(inMemory(sizedMp4({ width: 1920, height: 1080, turned: true }))), { width: 1080, height: 1920 })
})

test('anything else is null, never an error', async () => {
  assert.equal(await readVideoSize(inMemory(Buffer.from('not a video at all'))), null)
  const truncated = sizedMp4({ width: 720, height: 1280 }).subarray(0, 60)
  assert.equal(await readVideoSize(inMemory(truncated)), null)
})

test('from a file on disk', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'video-size-'))
  try {
    const file = path.join(dir, 'clip.mp4')
    fs.writeFileSync(file, sizedMp4({ width: 720, height: 1280, bytes: 50_000 }))
    assert.deepEqual(await readVideoFileSize(file), { width: 720, height: 1280 })
    assert.equal(await readVideoFileSize(path.join(dir, 'missing.mp4')), null)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
