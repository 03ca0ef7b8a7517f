import type { LexiconEntry } from '../../../../moderation'
import { defineEndpoint } from '../../../http/defineEndpoint'
import { lexiconToSheet } from '../lexiconSheet'

/** GET /api/sensitive-words/export.csv: the team's lexicon as the spreadsheet they keep, in Chinese like the calendar's. */
export const exportCsv = defineEndpoint({
  path: '/export.csv',
  method: 'get',
  roles: ['admin', 'editor'],
  refusal: '只有编辑或管理员可以导出词库。',
  handler: async ({ req, user }) => {
    const { docs } = await req.payload.find({
      collection: 'sensitive-words',
      overrideAccess: false,
      user,
      req,
      pagination: false,
      sort: 'word',
      depth: 0,
    })
    const entries: LexiconEntry[] = docs.map((d) => ({
      word: d.word,
      category: d.category,
      severity: d.severity,
      replacement: d.replacement ?? null,
      note: d.note ?? null,
      enabled: d.enabled !== false,
      matchPinyin: d.matchPinyin ?? 'off',
      matchVariants: d.matchVariants !== false,
    }))
    // A BOM so that Excel opens the Chinese text as UTF-8.
    return new Response(`\ufeff${lexiconToSheet(entries)}`, {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="sensitive-words.csv"' },
    })
  },
})
