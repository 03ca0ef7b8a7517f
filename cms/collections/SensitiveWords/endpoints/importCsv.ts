import { commitTransaction, initTransaction, killTransaction } from 'payload'
import { defineEndpoint } from '../../../http/defineEndpoint'
import { readLexiconSheet } from '../lexiconSheet'
import { readLexiconFile } from './readLexiconFile'

/**
 * POST /api/sensitive-words/import (body: the CSV file as saved, `text/csv`, GBK or UTF-8): adds new
 * words and updates existing ones. All or nothing: any bad row rejects the whole file, with every
 * problem listed by line.
 */
export const importCsv = defineEndpoint({
  path: '/import',
  method: 'post',
  roles: ['admin', 'editor'],
  refusal: '只有编辑或管理员可以导入词库。',
  handler: async ({ req, user }) => {
    const { entries, errors } = readLexiconSheet(await readLexiconFile(req))
    if (errors.length > 0) {
      return Response.json(
        { created: 0, updated: 0, errors, message: `导入失败：有 ${errors.length} 行需要修改，词库没有任何改动。` },
        { status: 400 },
      )
    }
    const asUser = { overrideAccess: false, user, req } as const
    const shouldCommit = await initTransaction(req)
    try {
      let created = 0
      let updated = 0
      for (const entry of entries) {
        const data = { ...entry, replacement: entry.replacement ?? null, note: entry.note ?? null, enabled: entry.enabled !== false }
        const existing = await req.payload.find({
          collection: 'sensitive-words',
          where: { word: { equals: entry.word } },
          limit: 1,
          depth: 0,
          ...asUser,
        })
        if (existing.docs[0]) {
          await req.payload.update({ collection: 'sensitive-words', id: existing.docs[0].id, data, ...asUser })
          updated++
        } else {
          await req.payload.create({ collection: 'sensitive-words', data, ...asUser })
          created++
        }
      }
      if (shouldCommit) await commitTransaction(req)
      return Response.json({ created, updated, errors: [], message: `导入完成：新增 ${created} 个，更新 ${updated} 个。` })
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      throw error
    }
  },
})
