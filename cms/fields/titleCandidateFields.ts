import type { Field } from 'payload'

/**
 * Title tests: the item's own title is candidate 1, these are 2..5. A slot or delivery names the
 * candidate it sends (`titleVariant`), so the numbers say which title won.
 */
export const MAX_TITLE_CANDIDATES = 4

export function titleCandidatesField(): Field {
  return {
    name: 'titleCandidates',
    type: 'array',
    maxRows: MAX_TITLE_CANDIDATES,
    label: { zh: '备选标题（标题测试）', en: 'Title candidates (title test)' },
    labels: { singular: { zh: '备选标题', en: 'Candidate' }, plural: { zh: '备选标题', en: 'Candidates' } },
    admin: {
      description: {
        zh: '正文标题算作标题 1，这里再填 1–4 个；排期时为每个账号或时间选用哪一个，数据回来后显示哪个标题胜出。',
        en: 'The main title is title 1; add 1–4 more. Each slot picks one, and the numbers show which won.',
      },
    },
    fields: [{ name: 'title', type: 'text', required: true, maxLength: 200, label: { zh: '标题', en: 'Title' } }],
  }
}

export function titleVariantField(): Field {
  return {
    name: 'titleVariant',
    type: 'number',
    min: 1,
    max: MAX_TITLE_CANDIDATES + 1,
    label: { zh: '使用第几个标题', en: 'Title used' },
    admin: { description: { zh: '留空即正文标题（标题 1）', en: 'Empty: the main title (title 1)' } },
  }
}
