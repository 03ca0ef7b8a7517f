import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { articleFixtures, markdownSyntax } from '../testing/fixtures'
import { WEIBO_LINK_PLACEHOLDER, weiboLength } from '../text/countLength'
import { stripMarkdown } from '../text/stripMarkdown'
import { condenseWeibo } from './condenseWeibo'

describe('condenseWeibo on real articles', () => {
  for (const article of articleFixtures()) {
    test(`${article.name}: 【title】 key sentences #hashtags# and the link, within 140 as Weibo counts`, () => {
      const post = condenseWeibo({ markdown: article.markdown, title: article.title, max: 140 })
      assert.ok(weiboLength(post.text) <= 140, `${weiboLength(post.text)}: ${post.text}`)
      assert.ok(post.text.startsWith(`【${article.title}】`), post.text)
      assert.ok(post.text.endsWith(WEIBO_LINK_PLACEHOLDER))
      assert.ok(post.hashtags.length >= 1)
      for (const tag of post.hashtags) assert.ok(post.text.includes(`#${tag}#`), tag)
      assert.doesNotMatch(post.text.replace(WEIBO_LINK_PLACEHOLDER, ''), markdownSyntax)
      const body = post.text.slice(`【${article.title}】`.length, post.text.indexOf(' #'))
      const firstSentence = body.split('。')[0]
      assert.ok(
        firstSentence.length >= 10 && stripMarkdown(article.markdown).includes(firstSentence),
        `not from the article: ${firstSentence}`,
      )
      assert.deepEqual(post.issues, [])
    })
  }

  test('a tight limit drops hashtags before the body and says so', () => {
    const article = articleFixtures()[0]
    const post = condenseWeibo({ markdown: article.markdown, title: article.title, max: 70 })
    assert.ok(weiboLength(post.text) <= 70)
    assert.ok(post.issues.some((issue) => issue.code === 'hashtags-dropped'))
    assert.ok(post.text.endsWith(WEIBO_LINK_PLACEHOLDER))
  })
})
