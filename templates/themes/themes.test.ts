import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { resolveTheme, themeDefinitions, themes } from './index'
import { themeSchema } from './themeSchema'

describe('themes', () => {
  test('at least three, with the Chinese names editors choose from', () => {
    assert.deepEqual(themes, [
      { id: 'default', name: '默认' },
      { id: 'minimal', name: '简约' },
      { id: 'tech', name: '科技' },
    ])
  })

  test('every theme is valid inline-CSS data', () => {
    for (const theme of themeDefinitions) themeSchema.parse(theme)
  })

  test('the schema refuses what WeChat drops or what could fetch a resource', () => {
    const valid = themeDefinitions[0]
    for (const value of ['url(https://x/y.png)', 'var(--accent)', '1.5rem', 'red !important', 'fixed', 'red;background:url(x)']) {
      const broken = { ...valid, styles: { ...valid.styles, p: { color: value } } }
      assert.equal(themeSchema.safeParse(broken).success, false, value)
    }
    assert.equal(themeSchema.safeParse({ ...valid, styles: { p: { position: 'absolute' } } }).success, false)
  })

  test('nested lists change marker and tighten their margin', () => {
    const { theme } = resolveTheme('default')
    assert.equal(theme.style({ element: 'ul', depth: 0 }), 'margin:16px 0;padding-left:24px;list-style-type:disc')
    assert.equal(theme.style({ element: 'ul', depth: 1 }), 'margin:4px 0;padding-left:24px;list-style-type:circle')
    assert.equal(theme.style({ element: 'ul', depth: 4 }), 'margin:4px 0;padding-left:24px;list-style-type:circle')
  })
})
