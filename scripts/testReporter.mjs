// Node's spec reporter, with the run's summary (ℹ tests N, ℹ pass N, ℹ fail N …) moved after the list of
// failing tests so that it is always the last thing printed: CI reads those closing lines.
import { finished } from 'node:stream/promises'
import { spec as Spec } from 'node:test/reporters'

const SUMMARY = /^(tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) /

export default async function* specWithSummaryLast(source) {
  const spec = new Spec()
  const pending = []
  spec.on('data', (chunk) => pending.push(chunk))
  const summary = []
  for await (const event of source) {
    if (event.type === 'test:diagnostic' && event.data.nesting === 0 && SUMMARY.test(event.data.message)) summary.push(event.data.message)
    else spec.write(event)
    while (pending.length > 0) yield pending.shift()
  }
  spec.end()
  await finished(spec)
  while (pending.length > 0) yield pending.shift()
  yield `\n${summary.map((line) => `ℹ ${line}`).join('\n')}\n`
}
