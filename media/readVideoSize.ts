import { open } from 'node:fs/promises'

/** Reads `length` bytes at `offset` (fewer at the end of the file). */
export type ByteReader = (args: { offset: number; length: number }) => Promise<Uint8Array>

export type VideoSize = { width: number; height: number }

const CONTAINERS = new Set(['moov', 'trak'])
const MAX_BOXES = 10_000

function u32(bytes: Uint8Array, at: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(at)
}

function i32(bytes: Uint8Array, at: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getInt32(at)
}

/**
 * A track header (ISO/IEC 14496-12 §8.3.2): version 0 or 1, then the display matrix and the width and
 * height as 16.16 fixed point at its end. A matrix that turns by 90° (phones filming upright) swaps
 * them: the size returned is the one people see.
 */
function sizeOfTkhd(body: Uint8Array): VideoSize | null {
  const version = body[0]
  const matrixAt = version === 1 ? 52 : 40
  if (body.length < matrixAt + 44) return null
  const width = Math.round(u32(body, matrixAt + 36) / 65536)
  const height = Math.round(u32(body, matrixAt + 40) / 65536)
  if (width === 0 || height === 0) return null
  const [a, b] = [i32(body, matrixAt), i32(body, matrixAt + 4)]
  const turned = a === 0 && b !== 0
  return turned ? { width: height, height: width } : { width, height }
}

/**
 * The display size of an MP4/MOV's first video track, read from its box headers only (the `moov`
 * may sit at either end; the media data is never read). Null when the file is not one we can read.
 */
export async function readVideoSize(args: { read: ByteReader; size: number }): Promise<VideoSize | null> {
  const { read } = args
  const walk = async (start: number, end: number, budget: { boxes: number }): Promise<VideoSize | null> => {
    let offset = start
    while (offset + 8 <= end && budget.boxes-- > 0) {
      const header = await read({ offset, length: 16 })
      if (header.length < 8) return null
      let boxSize = u32(header, 0)
      const type = String.fromCharCode(...header.subarray(4, 8))
      let headerSize = 8
      if (boxSize === 1) {
        if (header.length < 16) return null
        boxSize = u32(header, 8) * 2 ** 32 + u32(header, 12)
        headerSize = 16
      } else if (boxSize === 0) boxSize = end - offset
      if (boxSize < headerSize || offset + boxSize > end) return null
      if (type === 'tkhd') {
        const size = sizeOfTkhd(await read({ offset: offset + headerSize, length: Math.min(boxSize - headerSize, 128) }))
        if (size) return size
      } else if (CONTAINERS.has(type)) {
        const found = await walk(offset + headerSize, offset + boxSize, budget)
        if (found) return found
      }
      offset += boxSize
    }
    return null
  }
  return walk(0, args.size, { boxes: MAX_BOXES })
}

/** The display size of a video file on disk, or null (no such file, or not one we can read). */
export async function readVideoFileSize(filePath: string): Promise<VideoSize | null> {
  const file = await open(filePath, 'r').catch(() => null)
  if (!file) return null
  try {
    const { size } = await file.stat()
    return await readVideoSize({
      size,
      read: async ({ offset, length }) => {
        const buffer = Buffer.alloc(length)
        const { bytesRead } = await file.read(buffer, 0, length, offset)
        return buffer.subarray(0, bytesRead)
      },
    })
  } catch {
    return null
  } finally {
    await file.close()
  }
}
