import assert from 'node:assert/strict'
import { test } from 'node:test'
import { decodeCsvBytes } from './decodeCsvBytes'

const TEXT = '日期,链接,阅读人数\r\n2026-12-01,https://example.com/a,120\r\n'

test('UTF-8 with or without the BOM Excel writes', () => {
  assert.deepEqual(decodeCsvBytes(Buffer.from(TEXT, 'utf8')), { text: TEXT, encoding: 'utf-8' })
  const withBom = decodeCsvBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]))
  assert.equal(withBom.text, TEXT)
})

test("GBK, Excel's default in China, is read as GB18030", () => {
  // 日期 in GBK is C8 D5 C6 DA; 阅读人数 is D4 C4 B6 C1 C8 CB CA FD.
  const gbk = Buffer.concat([
    Buffer.from([0xc8, 0xd5, 0xc6, 0xda]),
    Buffer.from(',', 'ascii'),
    Buffer.from([0xd4, 0xc4, 0xb6, 0xc1, 0xc8, 0xcb, 0xca, 0xfd]),
  ])
  assert.deepEqual(decodeCsvBytes(gbk), { text: '日期,阅读人数', encoding: 'gb18030' })
})

test('UTF-16 with its BOM (Excel\u2019s "Unicode text")', () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('日期', 'utf16le')])
  assert.equal(decodeCsvBytes(bytes).text, '日期')
})
