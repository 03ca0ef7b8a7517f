import type { LexiconEntry } from '../types'
import { defineEntries } from './defineEntries'

/**
 * Allowed words: an occurrence of one suppresses every finding inside it. They keep the short
 * absolute terms usable (第一 is blocked, 第一次 is not; 最 warns, 最近 does not) and exempt fixed
 * names and terms that merely contain a listed word (国家级非物质文化遗产, 无风险利率, 万能胶).
 * Each entry's category is that of the word it exempts.
 */
export const allowList: LexiconEntry[] = [
  ...defineEntries({
    category: 'ad-absolute',
    severity: 'allow',
    note: '时间、顺序、编号等非排名用法',
    words: `
      第一次 第一步 第一天 第一时间 第一章 第一节 第一季度 第一季 第一批 第一个 第一条 第一届 第一期 第一轮 第一周 第一年 第一月 第一眼 第一印象 第一手 第一阶段 第一部分 第一页 第一集
      第一篇 第一场 第一站 第一单 第一口 第一句 第一份 第一线 第一产业 第一书记 第一责任人 第一作者 第一视角 第一人称 第一排 第一课 第一反应 第一感觉 第一笔 第一桶金 第一代 第一版
      第一层 第一行 第一列 第一财经 第一弹 第一波 最近 最后 最终 最初 最早 最晚 最迟 最末 最起码 最高人民法院 最高人民检察院 最高法 最高检 最低工资 最低工资标准 最低生活保障 最低气温
      最高气温 最低温度 最高温度 最惠国 最大公约数 最小公倍数 最大值 最小值 最大限度 最新消息 最新动态 最新通知 最新进展 最好不要 最好别 最好提前 最好还是 最多不超过 首选项 首个工作日
      顶级域名 唯一标识 唯一标识符 唯一识别码 唯一编码 万能胶 万能表 万能充 绝对值 绝对路径 绝对温度 绝对零度 绝对多数 绝对定位 永久居民 永久居留 永久居留权 永久性 永久基本农田 永久冻土
      永久磁铁 一流大学 一流学科 双一流 权威发布 国家级非物质文化遗产 国家级非遗 国家级自然保护区 国家级风景名胜区 国家级高新区 国家级新区 国家级开发区 国家级经济技术开发区 国家级贫困县
      国家级运动员 国家级裁判 国家级课题 国家级一流本科专业
    `,
  }),
  ...defineEntries({
    category: 'finance-promise',
    severity: 'allow',
    note: '金融术语、监管用语',
    words: '无风险利率 无风险收益率 无风险资产 保本点 保本微利 打破刚兑 打破刚性兑付 刚刚兑换 刚刚兑现',
  }),
  ...defineEntries({
    category: 'medical-claim',
    severity: 'allow',
    note: '非医疗用法',
    words: '治愈系 被治愈 很治愈 超治愈 治愈人心 明目张胆 微创新 益智玩具 益智游戏 益智类',
  }),
  ...defineEntries({
    category: 'ad-authority',
    severity: 'allow',
    note: '机动车免检等政策用语',
    words: '六年免检 车辆免检 免检车辆',
  }),
  ...defineEntries({
    category: 'superstition',
    severity: 'allow',
    note: '性别平等宣传用语',
    words: '生男生女都一样',
  }),
]
