import assert from 'node:assert/strict'
import { test } from 'node:test'
import { PLATFORMS, type PlatformId } from '../../lib/platforms'
import { defaultKindFor } from './defaultKindFor'

/** Written by hand from each platform profile's first content kind (lib/platforms/*.ts). */
const EXPECTED: Record<PlatformId, string> = {
  wechat: 'articles',
  weibo: 'articles',
  toutiao: 'articles',
  douyin: 'videos',
  xiaohongshu: 'notes',
  channels: 'videos',
}

test('each platform offers the collection of the first content kind its profile takes', () => {
  for (const platform of PLATFORMS) assert.equal(defaultKindFor(platform), EXPECTED[platform], platform)
})
