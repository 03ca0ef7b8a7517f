import assert from 'node:assert/strict'
import { test } from 'node:test'
import { articleUrlsOf, bundleWithUrls, pushIdColumns } from './pushColumns'

test('the push columns come from the recorded ids and the outcome’s links', () => {
  assert.deepEqual(pushIdColumns({ msgId: '1000000001', msgDataId: '2247503060', draft: 'D' }), {
    msgId: '1000000001',
    msgDataId: '2247503060',
  })
  assert.deepEqual(pushIdColumns({ draft: 'D' }), {})
  const remoteIds = { url: 'https://x/0', 'url:2': 'https://x/2' }
  assert.deepEqual(articleUrlsOf({ remoteIds, count: 3 }), ['https://x/0', undefined, 'https://x/2'])
  assert.deepEqual(articleUrlsOf({ remoteIds, count: 3, articleUrls: [undefined, 'https://y/1'] }), [
    'https://x/0',
    'https://y/1',
    'https://x/2',
  ])
  const bundle = [
    { id: 'a', article: { id: 5 } as never, revision: '9', url: 'https://old/1' },
    { id: 'b', article: 6, revision: '10', url: null },
  ]
  assert.deepEqual(bundleWithUrls(bundle, ['https://x/0', undefined, 'https://x/2']), [
    { id: 'a', article: 5, revision: '9', url: 'https://old/1' },
    { id: 'b', article: 6, revision: '10', url: 'https://x/2' },
  ])
})
