import assert from 'node:assert/strict'
import { test } from 'node:test'
import { CHANNELS_MEDIA, DOUYIN_MEDIA, PLATFORM_PROFILES, XIAOHONGSHU_MEDIA } from '../../lib/platforms'
import { buildMessages } from '../buildMessages'
import { rewriteTask } from './rewrite'

const article = '# 秋季新品\n\n今年秋天我们推出了三款新品。'

test('a rewrite into a 小红书 note, a Douyin caption or a 视频号 description: its own voice, title and length, #话题', () => {
  for (const [platform, label, voice, topics] of [
    ['xiaohongshu', '小红书', /种草笔记口吻/, XIAOHONGSHU_MEDIA.topics],
    ['douyin', '抖音', /口播/, DOUYIN_MEDIA.topics],
    ['channels', '视频号', /视频描述/, CHANNELS_MEDIA.topics],
  ] as const) {
    const { text } = PLATFORM_PROFILES[platform]
    const [system, user] = buildMessages({ definition: rewriteTask, input: { text: article, platform } })
    assert.match(system.content, voice, platform)
    assert.ok(system.content.includes(`不超过 ${text.body.max} 字`), `${platform}: the body limit from the profile`)
    assert.ok(system.content.includes(`不超过 ${text.title.max} 字`), `${platform}: the title limit from the profile`)
    assert.ok(system.content.includes('#话题'), platform)
    assert.ok(system.content.includes(String(topics)), `${platform}: the topic limit`)
    assert.doesNotMatch(system.content, /原文链接/, `${platform} is no Weibo status`)
    assert.ok(user.content.includes(label), platform)
  }
})

test('a caption is checked against the platform’s title and body, not Weibo’s 140; offline it needs the model', () => {
  const { text } = PLATFORM_PROFILES.xiaohongshu
  const raw = `# ${'标'.repeat(text.title.max + 1)}\n\n${'字'.repeat(200)}\n\n#秋日穿搭 #通勤`
  const parsed = rewriteTask.parse({ raw, input: { text: article, platform: 'xiaohongshu' } })
  assert.ok(parsed.ok)
  const [draft] = parsed.drafts
  assert.equal(draft.limit?.max, text.body.max)
  assert.equal(draft.limit?.measure, 'characters')
  assert.deepEqual(
    draft.issues?.map((issue) => issue.limit),
    [text.title.max],
  )
  assert.equal(rewriteTask.offline?.({ text: article, platform: 'xiaohongshu' }), null)
  assert.notEqual(rewriteTask.offline?.({ text: article, platform: 'weibo' }), null)
})
