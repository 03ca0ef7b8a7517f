type StarterEntry = { word: string; category: string; severity: 'block' | 'review' | 'warn' | 'allow'; replacement?: string; note?: string }

/**
 * The team's own starter entries (the engine also ships a large default lexicon): what this demo
 * brand's plans call out: financial promises for "consumption dividends", absolute terms, spam.
 */
export function demoLexicon(): StarterEntry[] {
  return [
    {
      word: '全网最低价',
      category: 'absolute_terms',
      severity: 'block',
      replacement: '超值价',
      note: '广告法第九条：不得使用“最”等绝对化用语',
    },
    { word: '国家级', category: 'absolute_terms', severity: 'block', note: '广告法绝对化用语' },
    { word: '第一品牌', category: 'absolute_terms', severity: 'block', replacement: '深受喜爱的品牌' },
    { word: '顶级', category: 'absolute_terms', severity: 'review', replacement: '高品质' },
    { word: '稳赚', category: 'financial_promise', severity: 'block', note: '不得承诺收益' },
    { word: '保本', category: 'financial_promise', severity: 'block' },
    { word: '零风险', category: 'financial_promise', severity: 'block', replacement: '风险较低' },
    { word: '消费返利', category: 'financial_promise', severity: 'review', note: '返利类表述需法务确认' },
    { word: '资产增值', category: 'financial_promise', severity: 'review', note: '“数字资产增值”类表述需法务确认' },
    { word: '根治', category: 'medical_claim', severity: 'block' },
    { word: '无副作用', category: 'medical_claim', severity: 'block' },
    { word: '加V', category: 'spam', severity: 'block', note: '引流到个人微信' },
    { word: '私信领取', category: 'spam', severity: 'review' },
    { word: '秒杀', category: 'promotion', severity: 'warn', note: '秒杀活动须写明数量和时间' },
    { word: '第一次', category: 'absolute_terms', severity: 'allow', note: '不是绝对化用语' },
  ]
}
