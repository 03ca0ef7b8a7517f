import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { CodeLabelCell, type CodeLabelCellProps } from './CodeLabelCell'
import { codeLabelCellComponent } from './codeLabelCellComponent'

const render = (cellData: unknown, labels?: Record<string, string>) =>
  renderToStaticMarkup(createElement(CodeLabelCell, { cellData, labels } as unknown as CodeLabelCellProps))

test('a stored code is shown by its label; an unknown one as it is', () => {
  const labels = { request_changes: '退回修改' }
  assert.equal(render('request_changes', labels), '<span>退回修改</span>')
  assert.equal(render('legacy_event', labels), '<span>legacy_event</span>')
  assert.equal(render(null, labels), '<span></span>')
  assert.deepEqual(codeLabelCellComponent(labels), { path: '/cms/fields/CodeLabelCell#CodeLabelCell', clientProps: { labels } })
})
