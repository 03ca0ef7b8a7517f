/**
 * Homophone and look-alike spellings that spam uses for words of the lexicon, as data: where an entry
 * (with `matchVariants` on) contains `target`, each form stands for it too (加微信 → 加薇信, 加vx ...).
 * Word-level on purpose: 威信 alone is an ordinary word (有威信), so a single character is never swapped
 * everywhere; only the listed spellings of the listed words are. Case, width and traditional
 * characters are folded by the matcher anyway, so each form is written once, in lower case.
 * Forms that are ordinary words or occur inside ordinary phrases are left out on purpose: 菠菜 (spinach,
 * for 博彩), 转钱 (赚钱), 待孕 (代孕), 网袋 (网贷), 加威 and 加维 (施加威胁, 增加维生素 for 加微), 卫星.
 */
export const homophoneForms: readonly { target: string; forms: readonly string[] }[] = [
  { target: '微信', forms: ['薇信', '威信', '徽信', '维信', '危信', '巍信', 'v信', '微x', '薇x', 'vx', 'wx'] },
  { target: '加微', forms: ['加薇'] },
  { target: '扣扣', forms: ['qq', '蔻蔻', '口口'] },
  { target: '加群', forms: ['加裙'] },
  { target: '进群', forms: ['进裙'] },
  { target: '私信', forms: ['私芯'] },
  { target: '支付宝', forms: ['支付包', 'zfb'] },
  { target: '淘宝', forms: ['掏宝', '陶宝'] },
  { target: '赌博', forms: ['堵博', '赌搏', '渡博'] },
  { target: '博彩', forms: ['播彩', '搏彩'] },
  { target: '赌场', forms: ['堵场', '赌厂'] },
  { target: '色情', forms: ['涩情', '瑟情', '色晴'] },
  { target: '裸聊', forms: ['倮聊', '裸撩'] },
  { target: '约炮', forms: ['约泡', '约pao'] },
  { target: '代孕', forms: ['代yun'] },
  { target: '发票', forms: ['发漂', '发飘'] },
  { target: '套现', forms: ['套xian', '淘现'] },
  { target: '贷款', forms: ['代款', '贷kuan'] },
  { target: '网贷', forms: ['网dai'] },
  { target: '刷单', forms: ['刷dan', '唰单'] },
  { target: '兼职', forms: ['兼值', '煎职'] },
  { target: '赚钱', forms: ['赚q', '赚米'] },
  { target: '稳赚', forms: ['稳撰', '稳zhuan'] },
  { target: '暴富', forms: ['爆富', '暴fu'] },
  { target: '保本', forms: ['包本', '宝本'] },
  { target: '傻逼', forms: ['傻b', '傻13', '煞笔', '沙比'] },
  { target: '最佳', forms: ['蕞佳', 'zui佳'] },
  { target: '第一', forms: ['弟一', 'di一'] },
  { target: '国家级', forms: ['guo家级', '国jia级'] },
]

/**
 * Characters spam puts in place of a letter or a syllable, read as that letter when a word with
 * `matchVariants` on is checked: Cyrillic and Greek letters that look like Latin ones (саsino with
 * Cyrillic а and с), and hearts for 信/心 (V❤ for V信). Each maps one UTF-16 unit (or one emoji) to one
 * unit, so offsets into the original text stay exact. Keys are small letters; their capitals read the
 * same unless lookalikeCapitals says otherwise.
 */
export const lookalikeLetters: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  з: '3',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ү: 'y',
  һ: 'h',
  ӏ: 'l',
  // Greek
  α: 'a',
  β: 'b',
  γ: 'y',
  ε: 'e',
  ζ: 'z',
  η: 'n',
  ι: 'i',
  κ: 'k',
  μ: 'u',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
}

/** Capitals that look like another Latin letter than their small letter does (Ν is N, ν is v). */
export const lookalikeCapitals: Readonly<Record<string, string>> = { Η: 'h', Μ: 'm', Ν: 'n', Υ: 'y' }

/** Symbols that stand for a character (❤ for 信 in V❤), and emoji of the same use. */
export const symbolStandIns: Readonly<Record<string, string>> = {
  '❤': '信',
  '♥': '信',
  '♡': '信',
  '❥': '信',
  '💗': '信',
  '💖': '信',
  '💕': '信',
  '💓': '信',
}
