import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { channelsProfile } from '../../../lib/platforms'
import { renderChannels } from './renderChannels'

describe('renderChannels', () => {
  test('a 视频号 post: short title, description with #话题, the cover', () => {
    const result = renderChannels({
      title: '门店开业',
      markdown: '周六见！\n现场有惊喜',
      hashtags: ['开业', '同城'],
      coverUrl: 'https://cdn.example.com/c.jpg',
    })
    assert.equal(result.body, '周六见！\n现场有惊喜\n\n#开业 #同城')
    assert.deepEqual(result.issues, [])
  })

  test('pictures are not sent (视频号 takes a video); the short title’s limit is named', () => {
    const result = renderChannels({
      title: '标'.repeat(channelsProfile.text.title.max + 1),
      markdown: '描述',
      gallery: [{ src: '/p.jpg', alt: '' }],
    })
    assert.deepEqual(result.images, [])
    assert.deepEqual(
      result.issues.map((issue) => [issue.code, issue.severity]),
      [
        ['title-too-long', 'error'],
        ['images-not-sent', 'warning'],
      ],
    )
    assert.match(result.issues[0].message, /超过视频号上限 22 字/)
  })
})
