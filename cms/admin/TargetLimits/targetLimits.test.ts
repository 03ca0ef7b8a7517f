import assert from 'node:assert/strict'
import { test } from 'node:test'
import { countItem, readLimits, targetLimits } from './targetLimits'

test('a note for 小红书: title 20, body 1000, 18 images, 10 topics, 3:4 pictures', () => {
  const [limit] = targetLimits({ platforms: ['xiaohongshu'], kind: 'note' })
  assert.equal(limit.label, '小红书')
  assert.deepEqual([limit.title, limit.body, limit.images, limit.topics], [20, 1000, 18, 10])
  assert.match(limit.shape ?? '', /3:4（1080×1440）/)
})

test('two accounts on one platform are one line; a platform that takes no notes is left out', () => {
  const limits = targetLimits({ platforms: ['xiaohongshu', 'xiaohongshu', 'channels', 'wechat'], kind: 'note' })
  assert.deepEqual(
    limits.map((limit) => limit.platform),
    ['xiaohongshu'],
  )
})

test('a video for 视频号 is told to be vertical 9:16, with no image count', () => {
  const [limit] = targetLimits({ platforms: ['channels'], kind: 'video' })
  assert.equal(limit.images, null)
  assert.match(limit.shape ?? '', /^竖屏 9:16/)
  assert.equal(limit.title, 22)
})

test('over a limit: the sentence names the platform and its limit', () => {
  const [limit] = targetLimits({ platforms: ['xiaohongshu'], kind: 'note' })
  const counts = countItem({ title: '一二三四五六七八九十一二三四五六七八九十多', body: '正文', images: 19, topics: ['a', 'b'] })
  const readings = readLimits({ limit, counts })
  const title = readings.find((reading) => reading.what === '标题')
  assert.deepEqual([title?.count, title?.max, title?.over], [21, 20, true])
  assert.equal(title?.message, '小红书标题最多 20 字，现在 21 字。')
  assert.equal(readings.find((reading) => reading.what === '图片')?.message, '小红书图片最多 18 张，现在 19 张。')
  assert.equal(readings.find((reading) => reading.what === '话题')?.over, false)
})

test('the body is counted with its #topics, characters as code points', () => {
  assert.deepEqual(countItem({ title: '😀好', body: '正文', images: 0, topics: ['话题', '#已带'] }), {
    title: 2,
    body: '正文\n#话题 #已带'.length,
    images: 0,
    topics: 2,
  })
})

test('topics: one tag each, no spaces, # only in front', async () => {
  const { topicsProblem } = await import('./topicRules')
  assert.equal(topicsProblem(['春季上新', '#穿搭']), null)
  assert.equal(topicsProblem(['春季 上新']), '话题「春季 上新」里有空格：每个话题单独填一项。')
  assert.equal(topicsProblem(['穿搭#通勤']), '话题「穿搭#通勤」里有 #：不用加 #，每个话题单独填一项。')
  assert.equal(topicsProblem(null), null)
})
