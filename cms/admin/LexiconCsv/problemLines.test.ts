import assert from 'node:assert/strict'
import { test } from 'node:test'
import { problemLines } from './problemLines'

test('each problem names its line once, whether or not the sentence already does', () => {
  assert.deepEqual(
    problemLines([{ line: 1, message: '第 1 行：表头缺少必填列 word' }, { line: 3, message: '文件在这里结束了' }, { message: '导入失败' }]),
    ['第 1 行：表头缺少必填列 word', '第 3 行：文件在这里结束了', '导入失败'],
  )
})
