import type { Field } from 'payload'

/** The brand voice given to every AI prompt: do, don't, and phrasings never to use (also checked in what people write). */
export function styleGuideFields(): Field[] {
  const phrases = (name: string, label: { zh: string; en: string }, description?: { zh: string; en: string }): Field => ({
    name,
    type: 'text',
    hasMany: true,
    maxRows: 50,
    label,
    ...(description ? { admin: { description } } : {}),
  })
  return [
    phrases('do', { zh: '要这样写', en: 'Do' }),
    phrases('dont', { zh: '不要这样写', en: "Don't" }),
    phrases(
      'bannedPhrases',
      { zh: '禁用说法', en: 'Banned phrasings' },
      {
        zh: '人写的内容和 AI 建议都会检查，出现即不能提交审核。写成「闭眼入→放心选」可同时给出替换建议。',
        en: 'Checked in what people write and in AI suggestions; blocks submission. Write "X→Y" to suggest Y instead.',
      },
    ),
  ]
}
