import assert from 'node:assert/strict'
import path from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'

/**
 * Every button, input, select and textarea in a component under cms/ is one of cms/admin/ScriptControls.tsx
 * (disabled until the page's script runs): lint refuses the bare element there and passes the same
 * component written with the Script control. The source is linted under a path inside the folder
 * without writing a file, so nothing else in the run ever sees it.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const eslint = new ESLint({ cwd: root })

async function lintAs(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) })
  return result.messages.map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`)
}

const componentWith = (args: { control: string; imports?: string }) =>
  `'use client'\n${args.imports ? `import { ${args.imports} } from '../ScriptControls'\n` : ''}\nexport function Probe(props: { onGo: () => void }) {\n  return ${args.control}\n}\n`

const CONTROLS = [
  {
    tag: 'button',
    name: 'ScriptButton',
    bare: '<button type="button" onClick={props.onGo}>发布</button>',
    script: '<ScriptButton onClick={props.onGo}>发布</ScriptButton>',
  },
  {
    tag: 'input',
    name: 'ScriptInput',
    bare: '<input value="" onChange={props.onGo} />',
    script: '<ScriptInput value="" onChange={props.onGo} />',
  },
  {
    tag: 'select',
    name: 'ScriptSelect',
    bare: '<select value="a" onChange={props.onGo}></select>',
    script: '<ScriptSelect value="a" onChange={props.onGo}></ScriptSelect>',
  },
  {
    tag: 'textarea',
    name: 'ScriptTextarea',
    bare: '<textarea value="" onChange={props.onGo} />',
    script: '<ScriptTextarea value="" onChange={props.onGo} />',
  },
]

for (const control of CONTROLS) {
  test(`lint refuses a bare <${control.tag}> in an admin component and names the Script controls; the Script version passes`, async () => {
    const refused = await lintAs('cms/admin/Probe/index.tsx', componentWith({ control: control.bare }))
    assert.equal(refused.length, 1, refused.join('\n'))
    assert.match(refused[0], /^no-restricted-syntax: Use ScriptButton, ScriptInput, ScriptSelect or ScriptTextarea/)
    assert.deepEqual(await lintAs('cms/admin/Probe/index.tsx', componentWith({ control: control.script, imports: control.name })), [])
  })
}

test('a collection’s own field components are admin components too: a bare control beside a collection is refused', async () => {
  for (const control of CONTROLS) {
    const refused = await lintAs('cms/collections/Probe/admin/ProbeField.tsx', componentWith({ control: control.bare }))
    assert.equal(refused.length, 1, `<${control.tag}>: ${refused.join('\n')}`)
    assert.match(refused[0], /^no-restricted-syntax: /)
  }
})

test('the rule is the admin’s: ScriptControls itself and components outside cms/ may draw the bare elements', async () => {
  for (const control of CONTROLS) {
    assert.deepEqual(await lintAs('cms/admin/ScriptControls.tsx', componentWith({ control: control.bare })), [])
    assert.deepEqual(await lintAs('web/Probe.tsx', componentWith({ control: control.bare })), [])
  }
})
