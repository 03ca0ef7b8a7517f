import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

/**
 * The zh admin shows no English UI strings and no raw codes. Read from the syntax tree (not a regex
 * over lines), so code, class names and test ids are never mistaken for words shown to people:
 * - in cms/admin/**\/*.tsx: JSX text, and the user-visible props (title, placeholder, aria-label, alt, label);
 * - everywhere scanned: the `zh` side of a `{ zh, en }` label, and plain-string labels, descriptions,
 *   placeholders and collection names (Payload shows a plain string in every language);
 * - select options given as bare codes (`options: ['published']`, `{ value }` without a label), which
 *   Payload shows as they are.
 * A string is English when, after removing the allow-list below, a Latin word of two letters or more is left.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Latin words that Chinese marketing teams use as they are: formats, units, protocols, product names. */
const ALLOWED_WORDS = new Set(
  [
    // formats and units
    'csv json markdown md html css png jpg jpeg gif webp svg avif mp4 mov pdf xlsx kb mb gb px ms fps dpi kbps mbps rgb hex',
    // identifiers and protocols people type or read as they are (the platforms' own names for their ids)
    'key secret client access refresh id ids uid open_id msg_id msg_data_id url urls api http https smtp ip utc gmt utf-8 gbk gb18030 bom ocr ai seo token webhook appid appsecret app oauth cookie ua',
    // metrics as the platforms name them
    'pv uv ctr cpm roi kpi top vs',
    // products and brands, as their owners write them
    'wechat weibo toutiao redis bullmq payload openai deepseek qwen chatgpt gpt excel wps doocs tesseract chromium chrome iphone android ios emoji logo banner vip faq sku diy pc',
  ].flatMap((line) => line.split(' ')),
)

const USER_VISIBLE_PROPS = new Set(['title', 'placeholder', 'aria-label', 'alt', 'label'])
/** Object keys whose string value Payload (or our components) put in front of people. */
const LABEL_KEYS = new Set(['label', 'description', 'placeholder', 'singular', 'plural'])

type Finding = { file: string; line: number; text: string; why: string }

function walk(dir: string, keep: (file: string) => boolean, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(full, keep, out)
    else if (keep(full)) out.push(full)
  }
  return out
}

const isSource = (file: string) => /\.tsx?$/.test(file) && !/\.(test|spec)\.tsx?$/.test(file) && !file.endsWith('.d.ts')

/** The scanned files: the admin's components and the collections', fields' and globals' definitions. */
function scannedFiles(): string[] {
  return [
    ...walk(path.join(root, 'cms/admin'), (file) => isSource(file)),
    ...walk(path.join(root, 'cms/collections'), isSource),
    ...walk(path.join(root, 'cms/fields'), isSource),
    ...walk(path.join(root, 'cms/globals'), isSource),
  ].sort()
}

/** The Latin words in a string people read, minus URLs, e-mail addresses, paths, `{placeholders}` and the allow-list. */
export function englishWords(text: string): string[] {
  const stripped = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\S+@\S+\.\S+/g, ' ')
    .replace(/(^|\s)\/[\w/.:-]*/g, ' ')
    .replace(/\{\{?[^}]*\}\}?/g, ' ')
    // a command to type, and an example of what to type (（如 wen zhuan bu pei）) are meant literally
    .replace(/npm run [\w:-]+/g, ' ')
    .replace(/[（(](?:如|例如)[^）)]*[）)]/g, ' ')
  const words = stripped.match(/[A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)*/g) ?? []
  return words.filter((word) => {
    if (word.length < 2 && !word.includes('_')) return false
    if (/^[A-Za-z]\d+$/.test(word)) return false // H5, A4, B2
    return !ALLOWED_WORDS.has(word.toLowerCase())
  })
}

function stringOf(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ')
  if (ts.isJsxExpression(node) && node.expression) return stringOf(node.expression)
  if (ts.isParenthesizedExpression(node)) return stringOf(node.expression)
  return null
}

/** Names that hold a stored code (a state, a category…) rather than words. */
const RAW_CODE_NAME = /^(state|status|reviewState|deliveryState|category|severity|event|role|platform|kind|timeZone|timezone)$/

/** The last name of an identifier or property access (`row.reviewState` → reviewState), else ''. */
function lastName(expression: ts.Expression): string {
  if (ts.isIdentifier(expression)) return expression.text
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text
  return ''
}

/** Field types that show no label of their own. */
const UNLABELLED_TYPES = new Set(['ui', 'row', 'tabs'])

/**
 * A field definition (`{ name: 'checkedAt', type: 'date' }`) with no label that people see: Payload then
 * shows its name turned into English words ("Checked At"). Its name, else null.
 */
function unlabelledFieldName(node: ts.ObjectLiteralExpression): string | null {
  const props = new Map<string, ts.Expression>()
  for (const property of node.properties) {
    if (ts.isSpreadAssignment(property)) return null // a factory may add the label
    if (ts.isPropertyAssignment(property)) {
      const key = propertyName(property.name)
      if (key !== null) props.set(key, property.initializer)
    } else if (ts.isShorthandPropertyAssignment(property)) props.set(property.name.text, property.name)
  }
  const name = props.get('name')
  const type = props.get('type')
  if (!name || !type || props.has('label')) return null
  const nameText = stringOf(name)
  const typeText = stringOf(type)
  if (nameText === null || typeText === null || UNLABELLED_TYPES.has(typeText)) return null
  if (props.get('hidden')?.kind === ts.SyntaxKind.TrueKeyword) return null
  const admin = props.get('admin')
  if (admin && ts.isObjectLiteralExpression(admin)) {
    const hidden = admin.properties.find((property) => property.name && propertyName(property.name) === 'hidden')
    if (hidden && ts.isPropertyAssignment(hidden) && hidden.initializer.kind === ts.SyntaxKind.TrueKeyword) return null
  }
  return nameText
}

const propertyName = (name: ts.PropertyName): string | null => (ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : null)

/** The string literals an expression may evaluate to: `'Save'`, `cond ? 'Yes' : 'No'`, `name ?? 'Untitled'`. */
function stringLiteralsOf(expression: ts.Expression): ts.Expression[] {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [expression]
  if (ts.isConditionalExpression(expression)) return [...stringLiteralsOf(expression.whenTrue), ...stringLiteralsOf(expression.whenFalse)]
  if (ts.isParenthesizedExpression(expression)) return stringLiteralsOf(expression.expression)
  const orElse = [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.AmpersandAmpersandToken]
  if (ts.isBinaryExpression(expression) && orElse.includes(expression.operatorToken.kind)) return stringLiteralsOf(expression.right)
  return []
}

/** Elements whose text is code, not words: a stylesheet, a script, a command shown as code. */
const CODE_ELEMENTS = new Set(['style', 'script', 'code', 'kbd', 'pre'])

function insideCode(node: ts.Node): boolean {
  const parent = node.parent
  return ts.isJsxElement(parent) && CODE_ELEMENTS.has(parent.openingElement.tagName.getText())
}

function scanFile(file: string): Finding[] {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  )
  const relative = path.relative(root, file).split(path.sep).join('/')
  const findings: Finding[] = []
  const isDefinitionFile = !relative.startsWith('cms/admin/')
  const flag = (node: ts.Node, text: string, why: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source))
    findings.push({ file: relative, line: line + 1, text: text.trim().replace(/\s+/g, ' '), why })
  }
  const report = (node: ts.Node, text: string, why: string) => {
    const words = englishWords(text)
    if (words.length > 0) flag(node, text, `${why}: ${words.join(', ')}`)
  }
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (!insideCode(node)) report(node, node.text, 'JSX text')
    } else if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(source)
      const text = USER_VISIBLE_PROPS.has(name) ? stringOf(node.initializer) : null
      if (text !== null) report(node, text, `prop ${name}`)
    } else if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent) && !insideCode(node)) {
      // A string literal as a JSX child, e.g. {'Save'} or {cond ? 'Yes' : 'No'}
      for (const literal of stringLiteralsOf(node.expression)) report(literal, stringOf(literal) ?? '', 'JSX string')
      // {entry.state}, {row.reviewState}: a stored code put on screen as it is
      if (RAW_CODE_NAME.test(lastName(node.expression))) flag(node, node.getText(source), 'a stored code rendered as it is (use a label)')
    } else if (ts.isObjectLiteralExpression(node) && isDefinitionFile) {
      const unlabelled = unlabelledFieldName(node)
      if (unlabelled !== null) flag(node, unlabelled, 'field without a label (Payload shows its name in English)')
    }
    if (
      ts.isTemplateSpan(node) &&
      !isDefinitionFile &&
      RAW_CODE_NAME.test(lastName(node.expression)) &&
      lastName(node.expression) !== 'status' && // an HTTP status in an error line is a number, not a code
      /[\u4e00-\u9fff]/.test(node.parent.getText(source))
    ) {
      // `状态：${doc.state}`: a code inside a Chinese sentence
      flag(node, node.parent.getText(source), 'a stored code inside a sentence (use a label)')
    }
    if (ts.isPropertyAssignment(node)) {
      const key = propertyName(node.name)
      if (key === 'zh') {
        const text = stringOf(node.initializer)
        if (text !== null) report(node.initializer, text, 'zh label')
      } else if (key !== null && LABEL_KEYS.has(key)) {
        const text = stringOf(node.initializer)
        if (text !== null) report(node.initializer, text, `plain-string ${key} (shown in every language)`)
      } else if (key === 'options' && ts.isArrayLiteralExpression(node.initializer)) {
        for (const option of node.initializer.elements) {
          const text = stringOf(option)
          if (text !== null) report(option, text, 'select option without a label (shown as its raw value)')
          else if (ts.isObjectLiteralExpression(option)) {
            const keys = option.properties.map((property) => (property.name ? propertyName(property.name) : null))
            if (keys.includes('value') && !keys.includes('label') && !option.properties.some(ts.isSpreadAssignment)) {
              const value = option.properties.find((property) => property.name && propertyName(property.name) === 'value')
              const valueText = value && ts.isPropertyAssignment(value) ? stringOf(value.initializer) : null
              if (valueText !== null) report(option, valueText, 'select option without a label (shown as its raw value)')
            }
          }
        }
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return findings
}

test('the allow-list keeps units, formats and brands and still catches English words and raw codes', () => {
  assert.deepEqual(englishWords('上传 PNG 或 JPEG，最大 20 MB，宽 1080 px'), [])
  assert.deepEqual(englishWords('见 https://example.com/a?b=c 或 ops@example.com'), [])
  assert.deepEqual(englishWords('Something went wrong.'), ['Something', 'went', 'wrong'])
  assert.deepEqual(englishWords('状态：changes_requested'), ['changes_requested'])
  assert.deepEqual(englishWords('时间为 Asia/Shanghai'), ['Asia', 'Shanghai'])
  assert.deepEqual(englishWords('到期时间 (ISO 8601)'), ['ISO'])
})

test('the zh admin shows no English UI strings or raw codes (cms/admin, cms/collections, cms/fields, cms/globals)', () => {
  const findings = scannedFiles().flatMap(scanFile)
  const lines = findings.map((finding) => `${finding.file}:${finding.line}  ${JSON.stringify(finding.text)}  (${finding.why})`)
  assert.equal(findings.length, 0, `English or raw codes shown in the zh admin (${findings.length}):\n${lines.join('\n')}`)
})
