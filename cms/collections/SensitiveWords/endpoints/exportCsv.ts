import { APIError, type Endpoint } from 'payload'
import { type LexiconEntry, lexiconToCsv } from '../../../../moderation'
import { hasRole } from '../../../access/roles'

/** GET /api/sensitive-words/export.csv: the team's lexicon as the spreadsheet they keep. */
export const exportCsv: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor')) throw new APIError('只有编辑或管理员可以导出词库。', 403, null, true)
    const { docs } = await req.payload.find({ collection: 'sensitive-words', overrideAccess: true, pagination: false, sort: 'word', depth: 0 })
    const entries: LexiconEntry[] = docs.map((d) => ({
      word: String(d.word),
      category: String(d.category),
      severity: d.severity as LexiconEntry['severity'],
      replacement: (d.replacement as string | null) ?? null,
      note: (d.note as string | null) ?? null,
      enabled: d.enabled !== false,
    }))
    // A BOM so that Excel opens the Chinese text as UTF-8.
    return new Response(`\ufeff${lexiconToCsv(entries)}`, {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="sensitive-words.csv"' },
    })
  },
}
