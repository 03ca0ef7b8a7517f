/**
 * Characters written as their components (氵去 for 法, 亻尔 for 你, 口口口 for 品), a common way to slip
 * a word past a filter. Where an entry (with `matchVariants` on) contains one of these characters,
 * the split spelling matches too. Splits whose components form an ordinary word are left out on
 * purpose, because they would flag innocent text: 女子 (好), 日月 (明), 木木 (林), 口天 (吴), 言午 (许),
 * 白水 (泉), 土也 (地), 木子 (李), 弓长 (张), 立早 (章), 古月 (胡), 山石 (岩), 不正 (歪), 小大 (尖),
 * 禾火 (秋), 田力 (男), 人言 (信), 十口 (古), 王见 (现); and splits whose components end or start ordinary
 * phrases: 木及 (极: 积木及品牌 would read 极品), 口及 (吸: 入口及), 口口 (吕: 口口声声).
 */
export const splitCharacters: Readonly<Record<string, string>> = {
  法: '氵去',
  你: '亻尔',
  打: '扌丁',
  话: '讠舌',
  钱: '钅戋',
  赌: '贝者',
  赚: '贝兼',
  赔: '贝咅',
  贷: '代贝',
  枪: '木仓',
  烟: '火因',
  炮: '火包',
  约: '纟勺',
  药: '艹约',
  操: '扌喿',
  妈: '女马',
  娘: '女良',
  鸡: '又鸟',
  骗: '马扁',
  逼: '辶畐',
  品: '口口口',
  微: '彳山攵',
  信: '亻言',
  淫: '氵㸒',
  嫖: '女票',
  稳: '禾急',
  保: '亻呆',
  治: '氵台',
  疗: '疒了',
  裸: '衤果',
  博: '十尃',
  彩: '采彡',
}
