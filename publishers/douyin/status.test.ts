import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { douyinItemUrl, douyinPollAfterMs, douyinStatusOf } from './status'

const remoteIds = { item: '@9VwK==' }
const video = (fields: Record<string, unknown>) => ({ item_id: '@9VwK==', ...fields })

describe('douyin review state', () => {
  test('审核中 polls again, later less often; 不适宜公开 fails with the reason; public, friends and private are published', () => {
    assert.deepEqual(douyinStatusOf({ video: video({ video_status: 4 }), remoteIds, attempt: 2 }), {
      state: 'processing',
      remoteIds,
      pollAfterMs: 40_000,
    })
    assert.equal(douyinPollAfterMs(20), 15 * 60_000)
    assert.equal(douyinStatusOf({ video: video({ is_reviewed: false }), remoteIds, attempt: 0 }).state, 'processing')
    const refused = douyinStatusOf({ video: video({ video_status: 2 }), remoteIds, attempt: 0 })
    assert.equal(refused.state, 'failed')
    const published = douyinStatusOf({
      video: video({ video_status: 5, share_url: 'https://www.iesdouyin.com/share/video/1/' }),
      remoteIds,
      attempt: 0,
    })
    assert.deepEqual(published, { state: 'published', url: 'https://www.iesdouyin.com/share/video/1/', remoteIds })
    const hidden = douyinStatusOf({ video: video({ video_status: 7 }), remoteIds, attempt: 0 })
    assert.equal(hidden.state === 'published' && hidden.note, '作品设为私密，仅自己可见')
  })

  test("a share_url off Douyin's domains is not trusted: the item's page is built instead", () => {
    assert.equal(douyinItemUrl({ itemId: '@9VwK==', shareUrl: 'https://evil.example/x' }), 'https://www.douyin.com/video/9VwK')
  })
})
