import assert from 'node:assert/strict'
import { test } from 'node:test'
import { PLATFORM_LABELS, PLATFORM_PROFILES, PLATFORMS, platformProfileSchema, publisherRoute } from './index'

test('every profile is complete: the schema takes it whole, under its own id', () => {
  for (const platform of PLATFORMS) {
    const profile = PLATFORM_PROFILES[platform]
    const parsed = platformProfileSchema.safeParse(profile)
    assert.ok(parsed.success, `${platform}: ${parsed.success ? '' : parsed.error.message}`)
    assert.equal(profile.id, platform)
    assert.deepEqual(PLATFORM_LABELS[platform], profile.label)
  }
  assert.deepEqual(Object.keys(PLATFORM_PROFILES), [...PLATFORMS])
})

test("a post step's start marker is one of the ids recorded before the call", () => {
  const weibo = PLATFORM_PROFILES.weibo
  const misplaced = {
    ...weibo,
    publishers: weibo.publishers.map((route) => ({ ...route, postStep: { key: 'post', after: [], startedAt: 'shareStarted' } })),
  }
  const parsed = platformProfileSchema.safeParse(misplaced)
  assert.equal(parsed.success, false)
  assert.match(parsed.error?.message ?? '', /startedAt must be one of the ids in after/)
})

test('a profile takes exactly the content kinds its publishers take, each kind by one publisher', () => {
  for (const platform of PLATFORMS) {
    const profile = PLATFORM_PROFILES[platform]
    const kinds = profile.publishers.flatMap((route) => [...route.contentKinds])
    assert.equal(new Set(kinds).size, kinds.length, `${platform}: a content kind has two publishers`)
    assert.deepEqual([...kinds].sort(), [...profile.contentKinds].sort(), platform)
  }
})

test('publisher ids are unique and lead back to their platform', () => {
  const ids = PLATFORMS.flatMap((platform) => PLATFORM_PROFILES[platform].publishers.map((route) => route.id))
  assert.equal(new Set(ids).size, ids.length)
  for (const platform of PLATFORMS) {
    for (const route of PLATFORM_PROFILES[platform].publishers) assert.equal(publisherRoute(route.id).platform, platform)
  }
})

test('how an account signs in agrees with how its publishers call the platform', () => {
  for (const platform of PLATFORMS) {
    const profile = PLATFORM_PROFILES[platform]
    for (const route of profile.publishers) {
      if (route.auth === 'user-oauth') assert.equal(profile.credentials.kind, 'oauth', route.id)
      if (route.auth === 'app-credentials') assert.equal(profile.credentials.kind, 'app', route.id)
      if (profile.credentials.kind === 'none') assert.equal(route.auth, 'none', route.id)
      // Only a hand-off sends nothing, so only a hand-off has no post step.
      assert.equal(route.postStep === null, route.mode === 'assisted', route.id)
    }
  }
})

test('limits the publishers check are the text limits the renderer and the assist read', () => {
  for (const platform of PLATFORMS) {
    const { text, publishers } = PLATFORM_PROFILES[platform]
    for (const route of publishers) {
      const limits: { title?: number; digest?: number; author?: number; body: number } = route.limits
      if (limits.title !== undefined) assert.equal(limits.title, text.title.max, route.id)
      if (limits.digest !== undefined) assert.equal(limits.digest, 'digest' in text ? text.digest.max : undefined, route.id)
      if (limits.author !== undefined) assert.equal(limits.author, 'author' in text ? text.author.max : undefined, route.id)
      if (route.mode === 'api' && limits.body > 0) assert.equal(limits.body, text.body.max, route.id)
    }
  }
})
