import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { ZodError } from 'zod'
import { renderForPlatform } from './index'
import type { RenderInput } from './types'

describe('renderForPlatform', () => {
  test('chooses the renderer and its format by platform', () => {
    const input = { title: '标题', markdown: '正文', publicUrl: 'https://cms.example.com/a/1' }
    assert.equal(renderForPlatform({ platform: 'wechat', input }).format, 'wechat-html')
    assert.equal(renderForPlatform({ platform: 'toutiao', input }).format, 'html')
    assert.equal(renderForPlatform({ platform: 'weibo', input }).format, 'text')
  })

  test('refuses input of the wrong shape', () => {
    const input = { title: 1, markdown: '正文' } as unknown as RenderInput
    assert.throws(() => renderForPlatform({ platform: 'wechat', input }), ZodError)
  })
})
