#!/usr/bin/env node
// `npm start`: production start of an existing build (`npm run build`): apply the committed
// migrations (refusing to start when a required secret is missing), then serve on PORT.
import { spawn } from 'node:child_process'
import { log, nextStartArgs, root, run } from './lib.mjs'

process.env.NODE_ENV = 'production'
try {
  run(process.execPath, ['--import', 'tsx', 'cms/startup/prepareDatabase.ts'])
} catch {
  log('Not starting: the database could not be prepared (see the message above).')
  process.exit(1)
}
const web = spawn(process.execPath, nextStartArgs(process.env.PORT ?? '3000'), { cwd: root, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => web.kill(signal))
web.on('exit', (code) => process.exit(code ?? 0))
