import type { LexiconEntry, PinyinMatching } from '../types'

/**
 * Which shipped entries also match their pinyin, and why only these. Pinyin without tones is
 * ambiguous (wenying is 稳赢 and the name 文英, dujia is 独家 and 度假), so it is turned on only for
 * 《广告法》 absolute terms and financial promises of three or more syllables, or of two distinctive
 * ones, that spam spells out to get past filters. Initials (wzbp) are shorter still and turned on
 * only for four-character set phrases whose initials spell nothing common. Everything else keeps
 * `matchPinyin: 'off'`; teams opt their own entries in per word.
 */
const FULL = `
  国家级 世界级 全网最 史上最 全球首发 独一无二 遥遥领先 绝对有效 百分百 销量冠军 最佳 最强 最便宜 零差评
  稳赚 保本 保息 零风险 无风险 保证收益 保证回报 包赚 稳涨 暴富 躺赚 收益翻倍 快速致富 稳收益 保收益
`
const INITIALS = `
  稳赚不赔 只赚不赔 保证收益 保证回报 刚性兑付 一本万利 日进斗金 躺着赚钱 低风险高收益 高收益低风险
`

const choices = new Map<string, PinyinMatching>()
for (const word of FULL.split(/\s+/).filter(Boolean)) choices.set(word, 'full')
for (const word of INITIALS.split(/\s+/).filter(Boolean)) choices.set(word, 'initials')

/** The shipped entries with their pinyin setting applied. */
export function withPinyinChoices(entries: readonly LexiconEntry[]): LexiconEntry[] {
  return entries.map((entry) => {
    const matchPinyin = choices.get(entry.word)
    return matchPinyin === undefined ? entry : { ...entry, matchPinyin }
  })
}

/** Every word named above, so a test can check each is a shipped entry. */
export const pinyinChoiceWords: readonly string[] = [...choices.keys()]
