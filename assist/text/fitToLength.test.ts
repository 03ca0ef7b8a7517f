import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { articleFixtures } from '../testing/fixtures'
import { countCharacters, weiboLength } from './countLength'
import { fitToLength } from './fitToLength'
import { endsWithSentencePunctuation } from './splitSentences'
import { stripMarkdown } from './stripMarkdown'

describe('fitToLength', () => {
  test('a text within the limit is returned as it is', () => {
    assert.deepEqual(fitToLength({ text: '本周六上午十点开市。', max: 10 }), { text: '本周六上午十点开市。', cut: 'none' })
  })

  test('cuts after the last whole sentence that keeps at least half the budget', () => {
    const text = '本周六上午十点，会员日市集在园区中庭开放。现场有二十多家本地商家。新人首单立减二十元，老会员再享九五折。'
    const fitted = fitToLength({ text, max: 40 })
    assert.equal(fitted.cut, 'sentence')
    assert.equal(fitted.text, '本周六上午十点，会员日市集在园区中庭开放。现场有二十多家本地商家。')
  })

  test('falls back to a clause end with an ellipsis when no sentence fits', () => {
    const text = '活动期间在参与活动的门店下单，满一百元减十五元，满两百元减三十五元，每单限用一次。'
    const fitted = fitToLength({ text, max: 30 })
    assert.equal(fitted.cut, 'clause')
    assert.equal(fitted.text, '活动期间在参与活动的门店下单，满一百元减十五元…')
    assert.ok(countCharacters(fitted.text) <= 30)
  })

  test('cuts mid-clause only when there is no boundary at all, never past the limit', () => {
    const fitted = fitToLength({ text: '周末不知道去哪就来会员日市集逛逛吧现场有很多好吃好玩的', max: 12 })
    assert.equal(fitted.cut, 'hard')
    assert.equal(fitted.text, '周末不知道去哪就来会员…')
    assert.equal(countCharacters(fitted.text), 12)
  })

  test('counts as Weibo does when asked: a URL costs at least 20', () => {
    const text = '会员日市集本周六开放。现场有二十多家本地商家，新人首单立减二十元。详情 http://a.cn'
    assert.equal(weiboLength('看 http://a.cn'), 22)
    const fitted = fitToLength({ text, max: 40, measure: 'weibo' })
    assert.ok(weiboLength(fitted.text) <= 40)
    assert.equal(fitted.text, '会员日市集本周六开放。现场有二十多家本地商家，新人首单立减二十元。')
  })

  test('counts code points: an emoji is one character', () => {
    assert.equal(countCharacters('福利🎉来了'), 5)
    assert.equal(fitToLength({ text: '福利🎉来了！今晚八点开抢。', max: 6 }).text, '福利🎉来了！')
  })

  test('on real articles, every budget is met and a sentence cut ends on sentence punctuation or a line end', () => {
    for (const article of articleFixtures()) {
      const plain = stripMarkdown(article.markdown)
      for (const max of [30, 54, 80, 128, 140, 300, 500]) {
        const fitted = fitToLength({ text: plain, max })
        assert.ok(countCharacters(fitted.text) <= max, `${article.name} @${max}: ${countCharacters(fitted.text)}`)
        assert.ok(countCharacters(fitted.text) > 0, `${article.name} @${max}: kept nothing`)
        if (fitted.cut === 'sentence') {
          const atLineEnd = plain.slice(fitted.text.length).startsWith('\n')
          assert.ok(endsWithSentencePunctuation(fitted.text) || atLineEnd, `${article.name} @${max}: ${fitted.text.slice(-5)}`)
        }
        assert.ok(plain.startsWith(fitted.text.replace(/…$/, '')), `${article.name} @${max}: not a prefix`)
      }
    }
  })
})
