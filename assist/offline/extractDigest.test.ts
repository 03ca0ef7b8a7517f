import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { articleFixtures, markdownSyntax } from '../testing/fixtures'
import { countCharacters } from '../text/countLength'
import { endsWithSentencePunctuation } from '../text/splitSentences'
import { stripMarkdown } from '../text/stripMarkdown'
import { extractDigest } from './extractDigest'
import { rankSentences } from './rankSentences'

const articles = articleFixtures()

describe('extractDigest on real articles', () => {
  test('the fixtures are real articles of 800–1500 characters', () => {
    assert.equal(articles.length, 3)
    for (const article of articles) {
      const characters = countCharacters(stripMarkdown(article.markdown).replace(/\s/g, ''))
      assert.ok(characters >= 800 && characters <= 1500, `${article.name}: ${characters}`)
    }
  })

  for (const max of [128, 54]) {
    for (const article of articles) {
      test(`${article.name} within ${max}: fits, ends a sentence, holds the best sentence, no Markdown`, () => {
        const digest = extractDigest({ markdown: article.markdown, title: article.title, max })
        assert.ok(countCharacters(digest.text) <= max, `${countCharacters(digest.text)} > ${max}`)
        assert.ok(countCharacters(digest.text) >= max / 3, `too short: ${digest.text}`)
        assert.equal(digest.cut, 'none')
        assert.ok(endsWithSentencePunctuation(digest.text), digest.text)
        assert.doesNotMatch(digest.text, markdownSyntax)
        const best = rankSentences({ markdown: article.markdown, title: article.title }).find(
          (sentence) => countCharacters(sentence.text) <= max,
        )
        assert.ok(best !== undefined && digest.text.includes(best.text), `missing the best sentence: ${best?.text}`)
      })
    }
  }

  test('a digest is made of the article’s own sentences, in reading order', () => {
    for (const article of articles) {
      const plain = stripMarkdown(article.markdown)
      const digest = extractDigest({ markdown: article.markdown, title: article.title, max: 128 })
      let from = 0
      for (const sentence of digest.sentences) {
        const at = plain.indexOf(sentence.text.replace(/。$/, ''), from)
        assert.ok(at >= from, `${article.name}: "${sentence.text}" is not in the article after position ${from}`)
        from = at
      }
      assert.equal(digest.text, digest.sentences.map((sentence) => sentence.text).join(''))
    }
  })

  test('the opening facts of the campaign article rank above list details and calls to action', () => {
    const campaign = articles.find((article) => article.name === 'member-day-618.md')
    assert.ok(campaign)
    const ranked = rankSentences({ markdown: campaign.markdown, title: campaign.title })
    const rankOf = (fragment: string): number => ranked.findIndex((sentence) => sentence.text.includes(fragment))
    assert.ok(rankOf('今年的会员日从 6 月 16 日') < rankOf('每个账号每款套餐限购 2 份'))
    assert.ok(rankOf('今年的会员日从 6 月 16 日') < rankOf('点击阅读原文'))
  })

  test('is deterministic', () => {
    for (const article of articles) {
      assert.deepEqual(extractDigest({ markdown: article.markdown, max: 128 }), extractDigest({ markdown: article.markdown, max: 128 }))
    }
  })

  test('when no sentence fits, the best one is cut at a clause', () => {
    const digest = extractDigest({
      markdown: '会员日期间在参与活动的门店下单满一百元减十五元，满两百元减三十五元，每单限用一次。',
      max: 30,
    })
    assert.equal(digest.cut, 'clause')
    assert.ok(countCharacters(digest.text) <= 30)
    assert.ok(digest.text.endsWith('…'))
  })
})
