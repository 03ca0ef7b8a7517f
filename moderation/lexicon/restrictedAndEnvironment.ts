import type { LexiconEntry } from '../types'
import { defineEntries } from './defineEntries'

export const restrictedAndEnvironment: LexiconEntry[] = [
  ...defineEntries({
    category: 'restricted-ads',
    severity: 'block',
    note: '《广告法》第二十二条、第二十三条、第四十条：禁止在大众传播媒介发布烟草广告；酒类广告不得诱导饮酒；不得在针对未成年人的媒介发布不利于其身心健康的广告',
    words: `
      电子烟= 烟弹= 烟油= 雾化烟= 口粮烟= 戒烟神器= 香烟批发= 烟草批发= 免税烟= 走私烟= 代购香烟= 酒驾没事= 喝酒壮胆= 未成年人可饮用= 儿童饮酒= 学生专用酒= 处方药网购=
      处方药包邮= 无需处方= 不用处方= 免处方= 网售处方药= 兽药人用=
    `,
  }),
  ...defineEntries({
    category: 'restricted-ads',
    severity: 'review',
    note: '烟草、酒类、处方药、医疗器械等广告受限，请确认发布渠道与资质',
    words: `
      香烟= 卷烟= 烟草= 雪茄= 烟丝= 烟斗= 水烟= 加热不燃烧= 劝酒= 一醉方休= 不醉不归= 医疗器械= 械字号= 特殊医学用途配方食品= 婴儿配方奶粉= 母乳代用品=
    `,
  }),
  ...defineEntries({
    category: 'environment-claim',
    severity: 'review',
    note: '环保、安全、有机、绿色等宣称须有认证或检测依据（《广告法》第四条、第十一条）',
    words: `
      零污染=低污染 无污染=低污染 零排放=低排放 无甲醛=低甲醛 零甲醛=低甲醛 无公害= 绿色食品= 有机食品= 有机认证= 有机产品= 有机蔬菜= 无农药= 零农药= 无残留= 零残留= 无辐射=
      零辐射= 零噪音= 无毒= 无任何添加=
    `,
  }),
  ...defineEntries({
    category: 'environment-claim',
    severity: 'warn',
    note: '材质与环保标注须与检测报告或认证一致',
    words: `
      食品级= 母婴级= 可食用级= 可降解= 全降解= 碳中和= 零碳= 低碳环保=
    `,
  }),
]
