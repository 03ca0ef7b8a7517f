import type { LexiconEntry } from '../types'
import { defineEntries } from './defineEntries'

const LAW = '《广告法》第九条第（三）项：不得使用“国家级”“最高级”“最佳”等用语'

/**
 * 最 + adjective. Each is a distinct superlative used in copy; the suggestion says it strongly without
 * the absolute, as copy would: 超 + the adjective (最低价 → 超低价, 最受欢迎 → 超受欢迎), or the word a
 * writer would use where 超 does not fit (最佳 → 上佳, 最具性价比 → 颇具性价比). 最 alone is only
 * `warn` (it is everywhere: 最近, 最后 ... are allowed in allowList.ts); these compounds are `block`.
 */
const SUPERLATIVE_ADJECTIVES = `
  佳 优 强 大 高 低 便宜 实惠 划算 超值 省钱 先进 流行 时尚 时髦 新潮 潮 专业 权威 安全 有效
  受欢迎 畅销 热销 热门 红 火 齐全 全面 完美 地道 健康 环保 节能 舒适 耐用 持久 稳定 可靠 精准 快
  迅速 省心 放心 靠谱 值得 具性价比 具价值 具实力 具影响力 具竞争力 具人气 具代表性 有名 著名 知名
  奢华 豪华 尊贵 精致 新鲜 天然 好吃 好用 好喝 好看 漂亮 美 香 甜 正 纯 真 适合 合适 满意 贴心
  周到 细腻 柔软 滋润 保湿 轻 薄 小巧 清晰 智能 灵敏 前沿 科学 经典 稀有 珍贵 难得 牛 棒 赞 酷
  炫 给力 人气 抢手 亲民 彻底 丰富 宽敞 干净 卫生 营养 有营养 补 滋补 耐看 结实 牢固 清爽 透气
  保暖 凉快 安静 静音 省电 省油 宜居 可口 完整 精确 诚信
`

/** Adjectives 超 does not read well with, or that are lexicon words themselves (权威, 完美). */
const SUPERLATIVE_REPLACEMENTS: Readonly<Record<string, string>> = {
  佳: '上佳',
  优: '优质',
  补: '大补',
  权威: '很专业',
  完美: '很出色',
  著名: '很有名',
  有名: '很有名',
  诚信: '讲诚信',
  科学: '很科学',
  先进: '很先进',
  天然: '很天然',
  宜居: '很宜居',
  彻底: '很彻底',
  周到: '很周到',
  珍贵: '很珍贵',
  难得: '很难得',
  完整: '很完整',
  精确: '很精确',
  卫生: '很卫生',
  尊贵: '很尊贵',
  迅速: '很迅速',
  可靠: '很可靠',
  前沿: '很前沿',
  适合: '很适合',
  合适: '很合适',
  值得: '很值得',
}

/** What 最 + `adjective` becomes: its own replacement, 颇具… for 具…, else 超 + the adjective. */
export function superlativeReplacement(adjective: string): string {
  if (SUPERLATIVE_REPLACEMENTS[adjective]) return SUPERLATIVE_REPLACEMENTS[adjective]
  if (adjective.startsWith('具')) return `颇${adjective}`
  return adjective.startsWith('超') ? adjective : `超${adjective}`
}

export const advertisingAbsolute: LexiconEntry[] = [
  ...defineEntries({ category: 'ad-absolute', severity: 'warn', note: `${LAW}；单字“最”仅提示，请确认是否为绝对化表述`, words: '最' }),
  ...defineEntries({
    category: 'ad-absolute',
    severity: 'block',
    note: LAW,
    replacement: (word) => superlativeReplacement(word.slice(1)),
    words: SUPERLATIVE_ADJECTIVES.split(/\s+/)
      .filter(Boolean)
      .map((adjective) => `最${adjective}`)
      .join(' '),
  }),
  ...defineEntries({
    category: 'ad-absolute',
    severity: 'review',
    note: `${LAW}；“最好”也作“最好提前预约”之类的建议，请确认语境`,
    words: '最好=很好 最多=更多 最新=全新',
  }),
  ...defineEntries({
    category: 'ad-absolute',
    severity: 'block',
    note: LAW,
    words: `
      最底价=优惠价 全网底价=优惠价 史上最=超 全网最=超 全球最=超 全国最=超 全城最=超 宇宙最=超 世界最=超 第一=领先 NO.1=领先 TOP1=领先 国家级=高品质 世界级=国际水准
      国际级=国际水准 宇宙级= 全球级= 顶级=高品质 顶尖=优秀 极品=精品 极佳=很好 极致=出色 绝佳=很好 至尊=尊享 至臻=精致 巅峰=高水准 登峰造极= 无敌=出众 万能=多用途 唯一=特有
      独一无二=独具特色 绝无仅有=难得 史无前例= 前无古人= 前所未有= 独家=特色 首个=率先 首家=率先 首选=优选 首款=新款 首创=创新 全球首发=发布 独占鳌头=名列前茅 首屈一指=出众
      无与伦比=出众 无可比拟=出众 无可挑剔=出色 无出其右= 不二之选=优选 之王=佼佼者 销冠=热销 销量冠军=热销 冠军品质=高品质 遥遥领先=领先 领导品牌=知名品牌 领袖品牌=知名品牌
      绝世=稀有 百分之百=高比例 百分百=高比例 100%有效=有效 零缺陷=高品质 零差评=好评如潮 首席品牌=知名品牌 超一流=一流 顶配=高配 世界领先=领先 全球领先=领先 国际领先=领先
      国内领先=领先 行业领先=领先 领先全球=领先 领先世界=领先 独步天下= 空前=罕见 绝对正品=正品 绝对有效=有效 绝对安全=安全 永久有效=长期有效 永不褪色=不易褪色 永不变形=不易变形
      永久保修=长期保修 万无一失=可靠 一劳永逸= 完美无缺=出色 完美无瑕=出色 十全十美=出色 完胜=胜出 秒杀同行= 吊打同行= 碾压同行= 完爆= 吊打友商= 打败所有= 无人能及=出众
      无人能敌=出众 所向披靡= 唯我独尊=
    `,
  }),
  ...defineEntries({
    category: 'ad-absolute',
    severity: 'review',
    note: `${LAW}；视语境而定，如系客观事实需有依据`,
    words: `
      冠军=优胜 领导者=先行者 完美=出色 一流=优秀 尖端=先进 标杆=典范 领跑者=先行者 引领者=先行者 开创者=先行者 鼻祖=开创者 始祖=开创者 权威=专业 名列前茅=前列 绝对=十分
      永久=长期 终极=全新 王者=佼佼者 王牌=主打 碾压=胜出
    `,
  }),
]
