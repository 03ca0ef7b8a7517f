import assert from 'node:assert/strict'
import { test } from 'node:test'
import { applyEdit, insertAt, toolbarEdit, type ToolbarAction } from './toolbarEdits'

/** Runs an action on `text` where [ and ] mark the selection; returns the text with the new selection marked. */
function run(action: ToolbarAction, marked: string): string {
  const from = marked.indexOf('[')
  const to = marked.indexOf(']') - 1
  const text = marked.replace('[', '').replace(']', '')
  const edit = toolbarEdit(action, { text, from, to })
  const result = applyEdit(text, edit)
  const a = Math.min(edit.selection.anchor, edit.selection.head)
  const b = Math.max(edit.selection.anchor, edit.selection.head)
  return `${result.slice(0, a)}[${result.slice(a, b)}]${result.slice(b)}`
}

test('加粗 wraps the selection, unwraps it when already bold, and offers a placeholder when empty', () => {
  assert.equal(run('bold', '今天[很热]啊'), '今天**[很热]**啊')
  assert.equal(run('bold', '今天**[很热]**啊'), '今天[很热]啊')
  assert.equal(run('bold', '今天[]啊'), '今天**[加粗文字]**啊')
})

test('标题, 列表, 引用 prefix every selected line and toggle off when all have it', () => {
  assert.equal(run('heading', '第一行\n第[二]行'), '第一行\n## 第[二]行')
  assert.equal(run('heading', '## 第[二]行'), '第[二]行')
  assert.equal(run('heading', '### 小[节]'), '小[节]')
  assert.equal(run('list', '[苹果\n香蕉]\n橙子'), '[- 苹果\n- 香蕉]\n橙子')
  assert.equal(run('list', '[- 苹果\n- 香蕉]'), '[苹果\n香蕉]')
  assert.equal(run('quote', '[一句\n两句]'), '[> 一句\n> 两句]')
  assert.equal(run('quote', '[> 一句\n两句]'), '[> 一句\n> 两句]')
})

test('链接 keeps the text and selects the address to type over', () => {
  assert.equal(run('link', '看[官网]吧'), '看[官网]([https://])吧')
  assert.equal(run('link', '[]'), '[链接文字]([https://])')
})

test('表格 and 分割线 go on lines of their own', () => {
  assert.equal(run('divider', '上文[]'), '上文\n\n---\n\n[]')
  assert.equal(run('divider', '上文\n\n[]下文'), '上文\n\n---\n\n[]下文')
  const table = run('table', '[]')
  assert.equal(table, '| 列 1 | 列 2 | 列 3 |\n| --- | --- | --- |\n|  |  |  |\n\n[]')
})

test('an image from the picker replaces the selection, the cursor after it', () => {
  const edit = insertAt({ text: '前后', from: 1, to: 1 }, '![图](/api/media/file/a.png)')
  assert.equal(applyEdit('前后', edit), '前![图](/api/media/file/a.png)后')
  assert.equal(edit.selection.head, 1 + '![图](/api/media/file/a.png)'.length)
})
