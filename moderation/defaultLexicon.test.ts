import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { buildMatcher } from './buildMatcher'
import { foldWordToString } from './foldWord'
import { defaultLexicon } from './lexicon/index'
import { lexiconCategoryLabels } from './lexicon/categories'
import { pinyinChoiceWords } from './lexicon/pinyinChoices'
import type { Finding, Severity } from './types'

const RANK: Record<Severity, number> = { allow: 0, warn: 1, review: 2, block: 3 }
const matcher = buildMatcher({ entries: defaultLexicon })
const withoutAllow = buildMatcher({ entries: defaultLexicon.filter((entry) => entry.severity !== 'allow') })

describe('defaultLexicon', () => {
  test('has at least 1,500 entries, with a known category and a valid severity each', () => {
    assert.ok(defaultLexicon.length >= 1500, `${defaultLexicon.length} entries`)
    for (const entry of defaultLexicon) {
      assert.ok(entry.category in lexiconCategoryLabels, `${entry.word}: category ${entry.category}`)
      assert.ok(entry.severity in RANK, `${entry.word}: severity ${entry.severity}`)
    }
    for (const severity of ['block', 'review', 'warn', 'allow'] as const) {
      assert.ok(
        defaultLexicon.some((entry) => entry.severity === severity),
        severity,
      )
    }
  })

  test('every word is distinct after folding (no padding with variants the matcher folds anyway)', () => {
    const seen = new Map<string, string>()
    for (const { word } of defaultLexicon) {
      const key = foldWordToString(word)
      assert.ok(key.length > 0, `${word} folds to nothing`)
      assert.equal(seen.get(key), undefined, `${word} repeats ${seen.get(key)}`)
      seen.set(key, word)
    }
  })

  test('a compound is listed only when it is more severe than every listed word inside it, or carries its own pinyin', () => {
    for (const entry of defaultLexicon) {
      if (entry.severity === 'allow') continue
      const ownPinyin = entry.matchPinyin === 'initials' // wzbp and wenzhuanbupei: no part of 稳赚不赔 spells them
      const findings = matcher.scan(entry.word)
      assert.ok(
        findings.some((finding) => finding.word === entry.word),
        `${entry.word} finds itself`,
      )
      for (const inner of findings) {
        if (inner.word === entry.word) continue
        assert.ok(
          RANK[inner.severity] < RANK[entry.severity] || (ownPinyin && RANK[inner.severity] === RANK[entry.severity]),
          `${entry.word} (${entry.severity}) contains ${inner.word} (${inner.severity})`,
        )
      }
    }
  })

  test('every allow entry allows something, and does allow it', () => {
    for (const entry of defaultLexicon.filter((item) => item.severity === 'allow')) {
      assert.ok(withoutAllow.scan(entry.word).length > 0, `${entry.word} contains no listed word`)
      assert.deepEqual(matcher.scan(entry.word), [], entry.word)
    }
  })

  test('every word chosen for pinyin is a shipped entry, and its pinyin finds it', () => {
    for (const word of pinyinChoiceWords) {
      const entry = defaultLexicon.find((item) => item.word === word)
      assert.ok(entry && entry.matchPinyin !== undefined, word)
    }
    const found = (text: string) => matcher.scan(text).map((finding) => `${finding.word}:${text.slice(finding.start, finding.end)}`)
    assert.deepEqual(found('稳赚不赔？wenzhuanbupei，wzbp'), ['稳赚:稳赚', '稳赚不赔:稳赚不赔', '稳赚不赔:wenzhuanbupei', '稳赚不赔:wzbp'])
    assert.deepEqual(found('guo jia ji 认证'), ['国家级:guo jia ji'])
  })

  test('only a few deliberate single-character words', () => {
    const single = defaultLexicon.filter((entry) => foldWordToString(entry.word).length === 1).map((entry) => entry.word)
    assert.deepEqual(single.sort(), ['屄', '屌', '最', '肏'].sort())
    assert.equal(defaultLexicon.find((entry) => entry.word === '最')?.severity, 'warn')
  })

  test('the issue examples are flagged with the expected severity', () => {
    const expectations: [string, Finding['severity']][] = [
      ['最佳', 'block'],
      ['第一', 'block'],
      ['国家级', 'block'],
      ['顶级', 'block'],
      ['极品', 'block'],
      ['首选', 'block'],
      ['独家', 'block'],
      ['全网最低', 'block'],
      ['稳赚', 'block'],
      ['保本', 'block'],
      ['零风险', 'block'],
      ['保证收益', 'block'],
      ['根治', 'block'],
      ['包治', 'block'],
      ['药到病除', 'block'],
      ['无副作用', 'block'],
      ['刷单', 'block'],
      ['加V', 'review'],
      ['加微信', 'review'],
      ['私信领取', 'review'],
      ['傻逼', 'block'],
      ['百家乐', 'block'],
    ]
    for (const [text, severity] of expectations) {
      const severities = matcher.scan(text).map((finding) => finding.severity)
      assert.ok(severities.includes(severity), `${text}: ${severities.join(',')}`)
    }
  })

  test('everyday copy that merely contains listed characters is not flagged', () => {
    const sentences = [
      '这是我第一次来上海，最近天气很好，最后我们去了外滩。',
      '他妈妈的生日快到了，我们准备了蛋糕。',
      '我靠自己的努力考上了大学，背包中有一把雨伞。',
      '稳中求进，产生发展的新机会；有机会一定再来。',
      '夏天到了，防晒衣和除螨仪都在打折。',
      '接送子女上学要注意安全，要求子女按时回家。',
      '这款手机的跑分很高，延时摄影效果出色。',
      '欢迎来店里试吃，第一步先扫码排队。',
      '科技加持下，物流转运中心的效率大大提升。',
      '客户至上，服务贴心，USB 接口齐全。',
      '今天的菠菜炒鸡蛋很好吃，记得施加威压之外也要增加维生素。',
      '我刚刚兑换了积分，他在村里很有威信。',
      'Our guide: the bao bun and dujia holidays, wen ying is our host.',
    ]
    for (const sentence of sentences) {
      assert.deepEqual(
        matcher.scan(sentence).map((finding) => finding.word),
        [],
        sentence,
      )
    }
  })
})
