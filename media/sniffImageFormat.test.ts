import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { sniffImageFormat } from './sniffImageFormat'

describe('sniffImageFormat', () => {
  test('knows the allowed formats by their magic bytes only', () => {
    assert.equal(sniffImageFormat(Buffer.from([0xff, 0xd8, 0xff, 0xe0])), 'jpeg')
    assert.equal(sniffImageFormat(Buffer.from('GIF89a......', 'latin1')), 'gif')
    assert.equal(sniffImageFormat(Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1')), 'webp')
    assert.equal(sniffImageFormat(Buffer.from('\0\0\0\x1cftypavif\0\0\0\0avifmif1', 'latin1')), 'avif')
  })

  test('recognises SVG and HEIC to refuse them, and nothing else', () => {
    assert.equal(sniffImageFormat(Buffer.from('<?xml version="1.0"?>\n<svg></svg>')), 'svg')
    assert.equal(sniffImageFormat(Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1', 'latin1')), 'heic')
    assert.equal(sniffImageFormat(Buffer.from('II*\0')), null)
    assert.equal(sniffImageFormat(Buffer.from('%PDF-1.7')), null)
    assert.equal(sniffImageFormat(Buffer.from('<html></html>')), null)
  })
})
