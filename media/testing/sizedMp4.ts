function box(type: string, ...children: Buffer[]): Buffer {
  const body = Buffer.concat(children)
  const header = Buffer.alloc(8)
  header.writeUInt32BE(8 + body.length)
  header.write(type, 4, 'latin1')
  return Buffer.concat([header, body])
}

/** A version-0 track header with the display matrix (identity, or turned 90°) and the size as 16.16. */
function tkhd(args: { width: number; height: number; turned?: boolean }): Buffer {
  const body = Buffer.alloc(84)
  const matrixAt = 40
  const one = 0x00010000
  const [a, b, c, d] = args.turned ? [0, one, -one, 0] : [one, 0, 0, one]
  body.writeInt32BE(a, matrixAt)
  body.writeInt32BE(b, matrixAt + 4)
  body.writeInt32BE(c, matrixAt + 12)
  body.writeInt32BE(d, matrixAt + 16)
  body.writeUInt32BE(0x40000000, matrixAt + 32)
  body.writeUInt32BE(args.width * 65536, matrixAt + 36)
  body.writeUInt32BE(args.height * 65536, matrixAt + 40)
  return box('tkhd', body)
}

/**
 * An MP4 whose box structure says it is a width×height video (an audio track first, with no size, as
 * real files often have): `ftyp`, `moov` at the start or the end (`moovLast`), and `mdat` padding up to
 * `bytes`. Not playable; enough for type sniffing and for reading the size.
 */
export function sizedMp4(args: { width: number; height: number; bytes?: number; moovLast?: boolean; turned?: boolean }): Buffer {
  const ftyp = box('ftyp', Buffer.from('isom\0\0\x02\0isommp41', 'latin1'))
  const moov = box('moov', box('trak', tkhd({ width: 0, height: 0 })), box('trak', tkhd(args)))
  const used = ftyp.length + moov.length + 8
  const mdat = box('mdat', Buffer.alloc(Math.max(0, (args.bytes ?? 4096) - used)))
  return Buffer.concat(args.moovLast ? [ftyp, mdat, moov] : [ftyp, moov, mdat])
}
