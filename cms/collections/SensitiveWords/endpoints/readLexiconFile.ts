import { APIError, type PayloadRequest } from 'payload'
import { bodyType } from '../../../http/bodyType'
import { readCappedBytes } from '../../../http/readJsonWithin'

export const MAX_LEXICON_CSV_BYTES = 5 * 1024 * 1024

/**
 * The uploaded spreadsheet's own bytes (`text/csv`), so that a GBK file arrives as Excel saved it.
 * Any other type is refused unread (415): a page on another site can post forms and plain text with
 * the editor's cookie, never CSV.
 */
export async function readLexiconFile(req: PayloadRequest): Promise<Uint8Array> {
  const type = bodyType(req)
  if (type !== 'text/csv')
    throw new APIError(
      `请求格式不对：这里只接受 CSV 文件（Content-Type: text/csv），${type ? `收到的是 ${type}` : '收到的内容没有注明类型'}。`,
      415,
      null,
      true,
    )
  const declared = Number(req.headers.get('content-length') ?? NaN)
  const bytes =
    Number.isFinite(declared) && declared > MAX_LEXICON_CSV_BYTES
      ? null
      : await readCappedBytes({ body: req.body ?? null, maxBytes: MAX_LEXICON_CSV_BYTES })
  if (bytes === null) throw new APIError('文件太大：词库 CSV 最大 5 MB，请分成几个文件导入。', 413, null, true)
  return bytes
}
