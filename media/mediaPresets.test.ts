import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { PLATFORM_PROFILES, PLATFORMS, type PublishLimits } from '../lib/platforms'
import { mediaPresets, mediaPresetSchema } from './mediaPresets'

describe('mediaPresets', () => {
  test('are valid data keyed by their id', () => {
    for (const [id, preset] of Object.entries(mediaPresets)) {
      mediaPresetSchema.parse(preset)
      assert.equal(preset.id, id)
      assert.ok(preset.quality.min < preset.quality.start)
    }
  })

  test('every preset a platform profile names exists and fits the byte limits its publisher checks', () => {
    for (const platform of PLATFORMS) {
      for (const route of PLATFORM_PROFILES[platform].publishers) {
        const limits: PublishLimits = route.limits
        const covers: Record<string, string> = route.media.cover
        for (const name of [...Object.values(covers), route.media.body]) {
          if (name !== null) assert.ok(mediaPresets[name], `${route.id} names ${name}`)
        }
        if (route.media.body !== null && limits.imageBytes !== undefined)
          assert.ok(mediaPresets[route.media.body].maxBytes <= limits.imageBytes, route.id)
        if (limits.coverBytes !== undefined) assert.ok(mediaPresets[covers.image].maxBytes <= limits.coverBytes, route.id)
      }
    }
  })

  test('carry the platform limits of shared/platforms', () => {
    const { width, height } = mediaPresets['wechat-cover'].size as { width: number; height: number }
    assert.ok(Math.abs(width / height - 2.35) < 0.01)
    assert.ok(mediaPresets['wechat-body'].maxBytes < 1024 * 1024)
    assert.ok(mediaPresets['wechat-thumb'].maxBytes < 64 * 1024)
    assert.equal(mediaPresets['wechat-thumb'].format, 'jpeg')
    assert.ok(mediaPresets['weibo-picture'].maxBytes < 5 * 1024 * 1024)
    const posters = ['poster-story', 'poster-square', 'poster-banner'].map((id) => mediaPresets[id].size)
    assert.deepEqual(posters, [
      { fit: 'cover', width: 1080, height: 1920 },
      { fit: 'cover', width: 1080, height: 1080 },
      { fit: 'cover', width: 900, height: 383 },
    ])
  })
})
