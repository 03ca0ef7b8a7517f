// Every unit test file in one process, each as a suite named by its path: about 90 small files
// would otherwise each pay for starting Node and tsx, which is most of the run's time.
// Unit tests touch no service and no shared state, so one process is safe; a single file still
// runs alone with `npm test -- path/to/file.test.ts`.
import path from 'node:path'
import { describe } from 'node:test'
import { pathToFileURL } from 'node:url'
import { root } from './lib.mjs'
import { testFilesOf } from './testFiles.mjs'

for (const file of testFilesOf(['unit'])) {
  describe(file, async () => {
    await import(pathToFileURL(path.join(root, file)).href)
  })
}
