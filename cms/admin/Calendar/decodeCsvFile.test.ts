import assert from 'node:assert/strict'
import { test } from 'node:test'
import { decodeCsvBytes } from './decodeCsvFile'

test('a calendar CSV saved by Excel in GBK reads as the same Chinese as a UTF-8 one', () => {
  // 日期,账号 in GBK.
  const gbk = Uint8Array.from([0xc8, 0xd5, 0xc6, 0xda, 0x2c, 0xd5, 0xcb, 0xba, 0xc5])
  assert.equal(decodeCsvBytes(gbk.buffer), '日期,账号')
  assert.equal(decodeCsvBytes(new TextEncoder().encode('日期,账号').buffer as ArrayBuffer), '日期,账号')
})
