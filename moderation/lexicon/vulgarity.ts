import type { LexiconEntry } from '../types'
import { defineEntries } from './defineEntries'

/**
 * Insults and obscenity, Chinese and the pinyin/English abbreviations used to dodge filters. ASCII
 * entries only match as whole ASCII words (see asciiBoundary.ts): `sb` does not flag `usb`.
 * Left out on purpose because they are substrings of everyday words: 妈的 (妈妈的), 他妈 (他妈妈),
 * 日你 (生日你), 去死 (去死皮), 我靠 (我靠自己), 你妹 (你妹妹), 老子, 孙子, tm (™), 2b (2B 铅笔).
 */
export const vulgarity: LexiconEntry[] = [
  ...defineEntries({
    category: 'vulgarity',
    severity: 'block',
    note: '《网络信息内容生态治理规定》第七条：不得使用粗俗、辱骂、低俗的语言',
    words: `
      傻逼= 傻b= 傻比= 煞笔= 沙比= 傻叉= 傻x= 二逼= 装逼= 牛逼=厉害 牛b=厉害 牛掰=厉害 卧槽= 我操= 草泥马= 操你= 肏= 屄= 鸡巴= 几把= 你妈逼= 去你妈= 滚犊子=
      狗日的= 日了狗= 狗东西= 贱人= 贱货= 婊子= 绿茶婊= 心机婊= 碧池= 王八蛋= 畜生= 杂种= 野种= 狗娘养的= 脑残= 智障= 弱智= 白痴= 蠢货= 蠢猪= 人渣= 败类= 死全家=
      全家死光= 不得好死= 断子绝孙= 吃屎= 狗屎= 屁眼= 骚货= 骚逼= 浪货= 贱逼= 傻缺= 龟孙= 龟儿子= 瓜娃子= 妈卖批= 麻批= sb= nmsl= wqnmlgb= cnm=
      nmb= tmd= mmp= mdzz= fuck= fucking= fucked= fucker= motherfucker= shit= bullshit= bitch= asshole=
      bastard= wtf= stfu= cunt=
    `,
  }),
  ...defineEntries({
    category: 'vulgarity',
    severity: 'review',
    note: '口语化的粗俗用语，部分语境可以接受，请确认',
    words: `
      他妈的= 尼玛= 逼格= 撕逼= 逗比= 你大爷= 混蛋= 滚蛋= 滚粗= 屌= 放屁= 扯淡= 扯蛋= 蛋疼= 丫的= 特么= 神经病= 垃圾人= 渣男= 渣女= 绿帽= 狐狸精= 舔狗=
    `,
  }),
  ...defineEntries({
    category: 'sexual',
    severity: 'block',
    note: '《广告法》第九条第（八）项、《网络信息内容生态治理规定》：不得含有淫秽、色情内容',
    words: `
      约炮= 一夜情= 援交= 裸聊= 裸照= 裸体写真= 黄片= 毛片= A片= av女优= 成人视频= 成人电影= 激情视频= 色情网站= 色情视频= 黄色网站= 口交= 肛交= 乳交= 颜射= 内射=
      轮奸= 迷奸= 乱伦= 嫖娼= 卖淫= 嫖客= 小姐上门= 找小姐= 莞式服务= 大保健= 楼凤= 外围女= 兼职女= 情趣按摩= 性服务= 淫荡= 淫乱= 福利姬= 开车群= 老司机带路= 爆乳=
      巨乳= 酥胸=
    `,
  }),
  ...defineEntries({
    category: 'sexual',
    severity: 'review',
    note: '性教育、法治新闻、成人用品合规广告中可以出现，请确认语境',
    words: `
      做爱= 性交= 自慰= 打飞机= 强奸= 色情= 淫秽= 包养= 特殊服务= 上门按摩= 性感诱惑= 制服诱惑= 美臀诱惑= 成人用品= 情趣用品= 飞机杯= 充气娃娃=
    `,
  }),
]
