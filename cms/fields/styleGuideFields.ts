import type { Field } from 'payload'

/** The brand voice given to every AI prompt: do, don't, and phrasings never to use. */
export function styleGuideFields(): Field[] {
  const phrases = (name: string, label: { zh: string; en: string }): Field => ({ name, type: 'text', hasMany: true, maxRows: 50, label })
  return [
    phrases('do', { zh: '要这样写', en: 'Do' }),
    phrases('dont', { zh: '不要这样写', en: "Don't" }),
    phrases('bannedPhrases', { zh: '禁用说法', en: 'Banned phrasings' }),
  ]
}
