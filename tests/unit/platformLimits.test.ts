import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { applyLengthLimit } from '../../assist/lengthLimit'
import { digestTask } from '../../assist/tasks/digest'
import { titlesTask } from '../../assist/tasks/titles'
import { weiboTask } from '../../assist/tasks/weibo'
import type { SuggestionDraft } from '../../assist/tasks/taskDefinition'
import type { AssistInput } from '../../assist/types'
import { PLATFORM_PROFILES, type PublisherId } from '../../lib/platforms'
import { createPublisherRegistry, type PublishIssue, type PublishRequest } from '../../publishers'
import { renderForPlatform, type PlatformId, type RenderIssue } from '../../templates'

// One number per limit, read by three modules: the renderer (what the editor sees), the publisher's
// validate() (what stops a delivery) and the assist's length fitting (what a suggestion is cut to).
// Each check writes a text one over the profile's number and sees all three refuse it at that number,
// and a text at the number pass.

const registry = createPublisherRegistry({})
const publicUrl = 'https://cms.example.com/p/1'

function publisherIssues(args: { publisher: PublisherId; request: Partial<PublishRequest<unknown>> }): PublishIssue[] {
  const publisher = registry.get(args.publisher)
  const request: PublishRequest<unknown> = {
    deliveryId: 'd1',
    contentKind: publisher.capabilities.contentKinds[0],
    title: '标题',
    body: '<p>正文</p>',
    images: [],
    cover: { bytes: new Uint8Array(10), contentType: 'image/jpeg', filename: 'c.jpg' },
    video: { ref: { kind: 'media', id: 'v' }, filename: 'v.mp4', contentType: 'video/mp4', byteLength: 10 },
    publicUrl,
    actorIp: '203.0.113.7',
    settings: publisher.settingsSchema.parse({}),
    ...args.request,
  }
  return publisher.validate({ request })
}

function renderIssues(args: {
  platform: PlatformId
  title?: string
  digest?: string
  markdown?: string
  publicUrl?: string
}): RenderIssue[] {
  const input = {
    title: args.title ?? '标题',
    digest: args.digest,
    markdown: args.markdown ?? '正文。',
    publicUrl: args.publicUrl ?? publicUrl,
    coverUrl: '/c.jpg',
  }
  return renderForPlatform({ platform: args.platform, input }).issues
}

/** The assist's cut: the task's limit applied to a text (a refusal or a trim names the limit). */
function assistLimit(args: { drafts: SuggestionDraft[]; text: string }): number | undefined {
  const [draft] = args.drafts
  assert.ok(draft?.limit, 'the task sets a limit')
  const fitted = applyLengthLimit({ text: args.text, limit: draft.limit })
  return fitted.issues[0]?.limit
}

function titleDrafts(platform: PlatformId, title: string): SuggestionDraft[] {
  const input: AssistInput = { platform, text: '正文' }
  const parsed = titlesTask.parse({ raw: JSON.stringify({ titles: [{ title, angle: '角度' }] }), input })
  assert.ok(parsed.ok)
  return parsed.drafts
}

const over = (limit: number) => '字'.repeat(limit + 1)
const at = (limit: number) => '字'.repeat(limit)
const limitOf = (issues: readonly { code: string; limit?: number }[], code: string) => issues.find((issue) => issue.code === code)?.limit

describe('every platform reads its limits from its profile', () => {
  test('WeChat title', () => {
    const max = PLATFORM_PROFILES.wechat.text.title.max
    assert.equal(limitOf(renderIssues({ platform: 'wechat', title: over(max) }), 'title-too-long'), max)
    assert.equal(limitOf(renderIssues({ platform: 'wechat', title: at(max) }), 'title-too-long'), undefined)
    assert.equal(limitOf(publisherIssues({ publisher: 'wechat', request: { title: over(max) } }), 'too_long'), max)
    assert.deepEqual(publisherIssues({ publisher: 'wechat', request: { title: at(max) } }), [])
    assert.equal(assistLimit({ drafts: titleDrafts('wechat', over(max)), text: over(max) }), max)
    assert.equal(assistLimit({ drafts: titleDrafts('wechat', at(max)), text: at(max) }), undefined)
  })

  test('WeChat digest', () => {
    const max = PLATFORM_PROFILES.wechat.text.digest.max
    assert.equal(limitOf(renderIssues({ platform: 'wechat', digest: over(max) }), 'digest-too-long'), max)
    assert.equal(limitOf(renderIssues({ platform: 'wechat', digest: at(max) }), 'digest-too-long'), undefined)
    assert.equal(limitOf(publisherIssues({ publisher: 'wechat', request: { digest: over(max) } }), 'too_long'), max)
    assert.deepEqual(publisherIssues({ publisher: 'wechat', request: { digest: at(max) } }), [])
    const parsed = digestTask.parse({ raw: over(max), input: { text: '正文' } })
    assert.ok(parsed.ok)
    assert.equal(parsed.drafts[0]?.limit?.max, max)
  })

  test('WeChat body', () => {
    const max = PLATFORM_PROFILES.wechat.text.body.max
    // The renderer states WeChat's rule as written ("fewer than 20,000"), so its refusal names max + 1.
    assert.equal(limitOf(renderIssues({ platform: 'wechat', markdown: over(max) }), 'body-too-long'), max + 1)
    assert.equal(limitOf(renderIssues({ platform: 'wechat', markdown: at(max) }), 'body-too-long'), undefined)
    assert.equal(limitOf(publisherIssues({ publisher: 'wechat', request: { body: over(max) } }), 'too_long'), max)
    assert.deepEqual(publisherIssues({ publisher: 'wechat', request: { body: at(max) } }), [])
  })

  test('Toutiao title, for articles (hand-off) and videos (open platform)', () => {
    const { min, max } = PLATFORM_PROFILES.toutiao.text.title
    assert.equal(limitOf(renderIssues({ platform: 'toutiao', title: over(max) }), 'title-too-long'), max)
    assert.equal(limitOf(renderIssues({ platform: 'toutiao', title: at(min - 1) }), 'title-too-short'), min)
    assert.deepEqual(
      renderIssues({ platform: 'toutiao', title: at(max) }).filter((issue) => issue.severity === 'error'),
      [],
    )
    for (const publisher of ['toutiao-assisted', 'toutiao-video'] as const) {
      assert.equal(limitOf(publisherIssues({ publisher, request: { title: over(max) } }), 'too_long'), max, publisher)
      assert.deepEqual(publisherIssues({ publisher, request: { title: at(max) } }), [], publisher)
    }
    assert.equal(limitOf(publisherIssues({ publisher: 'toutiao-assisted', request: { title: at(min - 1) } }), 'too_short'), min)
    assert.equal(assistLimit({ drafts: titleDrafts('toutiao', over(max)), text: over(max) }), max)
  })

  test('Weibo status (the link counted as at least urlMinCost)', () => {
    const { max, urlMinCost } = PLATFORM_PROFILES.weibo.text.body
    const longLink = `https://cms.example.com/${'p'.repeat(max)}`
    assert.equal(limitOf(renderIssues({ platform: 'weibo', publicUrl: longLink }), 'public-url-too-long'), max)
    const rendered = renderForPlatform({ platform: 'weibo', input: { title: '标题', markdown: '很长的正文。'.repeat(100), publicUrl } })
    assert.ok([...rendered.body].length + Math.max(0, urlMinCost - publicUrl.length) <= max)
    // The publisher appends the link after a space: the text takes what is left.
    const room = max - 1 - Math.max(urlMinCost, publicUrl.length)
    assert.equal(limitOf(publisherIssues({ publisher: 'weibo', request: { body: over(room) } }), 'too_long'), max)
    assert.deepEqual(publisherIssues({ publisher: 'weibo', request: { body: at(room) } }), [])
    const input: AssistInput = { text: '正文' }
    assert.equal(weiboTask.variables(input).limit, max)
    const parsed = weiboTask.parse({ raw: over(max), input })
    assert.ok(parsed.ok)
    assert.equal(parsed.drafts[0]?.limit?.max, max)
  })
})
