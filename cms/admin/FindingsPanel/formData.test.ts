import assert from 'node:assert/strict'
import { test } from 'node:test'
import { formData } from './formData'

test('flat form paths become nested data, whichever order the array count comes in', () => {
  const rows = { 'variants.0.title': { value: '微博版' }, 'variants.1.body': { value: '正文' } }
  for (const fields of [
    { title: { value: 'T' }, variants: { value: 2 }, ...rows },
    { title: { value: 'T' }, ...rows, variants: { value: 2 } },
  ]) {
    assert.deepEqual(formData(fields), { title: 'T', variants: [{ title: '微博版' }, { body: '正文' }] })
  }
})
