/** An MP4 of `bytes` bytes that passes Payload's type and box checks: an `ftyp` box, then one `mdat` to the end. */
export function fakeMp4(bytes: number): Buffer {
  const file = Buffer.alloc(bytes)
  file.writeUInt32BE(24, 0)
  file.write('ftypisom', 4, 'latin1')
  file.writeUInt32BE(0x200, 12)
  file.write('isommp41', 16, 'latin1')
  // size 0: this box runs to the end of the file
  file.writeUInt32BE(0, 24)
  file.write('mdat', 28, 'latin1')
  return file
}
