import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseEditorExtras } from './editorExtras'

test('the preview and live findings are on unless switched off', () => {
  assert.deepEqual(parseEditorExtras(null), { preview: true, findings: true })
  assert.deepEqual(parseEditorExtras('off'), { preview: false, findings: false })
  assert.deepEqual(parseEditorExtras('no-preview'), { preview: false, findings: true })
  assert.deepEqual(parseEditorExtras('no-findings, no-preview'), { preview: false, findings: false })
  assert.deepEqual(parseEditorExtras('on'), { preview: true, findings: true })
})
