import assert from 'node:assert/strict'
import path from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'

/**
 * Every button under cms/admin is a ScriptButton (disabled until the page's script runs): lint refuses
 * a bare `<button>` there and passes the same component written with ScriptButton. The source is linted
 * under a path inside the folder without writing a file, so nothing else in the run ever sees it.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const eslint = new ESLint({ cwd: root })

async function lintAs(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) })
  return result.messages.map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`)
}

const bare = `'use client'\nexport function Probe(props: { onGo: () => void }) {\n  return (\n    <button type="button" onClick={props.onGo}>\n      发布\n    </button>\n  )\n}\n`
const wrapped = `'use client'\nimport { ScriptButton } from '../ScriptButton'\n\nexport function Probe(props: { onGo: () => void }) {\n  return <ScriptButton onClick={props.onGo}>发布</ScriptButton>\n}\n`

test('lint refuses a bare <button> in an admin component and names ScriptButton; the ScriptButton version passes', async () => {
  const refused = await lintAs('cms/admin/Probe/index.tsx', bare)
  assert.equal(refused.length, 1, refused.join('\n'))
  assert.match(refused[0], /^no-restricted-syntax: Use ScriptButton/)
  assert.deepEqual(await lintAs('cms/admin/Probe/index.tsx', wrapped), [])
})

test('the rule is the admin’s: ScriptButton itself and components outside cms/admin may draw a <button>', async () => {
  assert.deepEqual(await lintAs('cms/admin/ScriptButton.tsx', bare), [])
  assert.deepEqual(await lintAs('web/Probe.tsx', bare), [])
})
