import { APIError, type PayloadRequest } from 'payload'
import { z } from 'zod'
import { decodeCsvBytes } from '../../../analytics/import/decodeCsvBytes'
import { bodyType } from '../../../http/bodyType'
import { readCappedBytes } from '../../../http/readJsonWithin'

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

const jsonBody = z.object({
  account: z.union([z.string().min(1), z.number()], { message: '请写明导入到哪个平台账号（account）' }),
  csv: z.string({ message: '请把表格内容放在 csv 里' }),
})

/**
 * The account and the CSV text of an import: the file's own bytes as `text/csv` with `?account=ID`
 * (what the admin sends, so a GBK file arrives as it was saved), or JSON `{ account, csv }`. Other
 * types, forms and multipart included, are refused unread (415): a page on another site can post
 * those with the editor's cookie, never these two.
 */
export async function readImportRequest(req: PayloadRequest): Promise<{ account: string; text: string }> {
  const type = bodyType(req)
  if (type !== 'text/csv' && type !== 'application/json')
    throw new APIError(
      `请求格式不对：导入只接受 CSV 文件内容（Content-Type: text/csv，账号写在 ?account= 里）或 JSON { "account": 账号ID, "csv": 表格内容 }，${
        type ? `收到的是 ${type}` : '收到的内容没有注明类型'
      }。`,
      415,
      null,
      true,
    )
  const declared = Number(req.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > MAX_IMPORT_BYTES) throw tooLarge()
  const bytes = await readCappedBytes({ body: req.body ?? null, maxBytes: MAX_IMPORT_BYTES })
  if (bytes === null) throw tooLarge()
  if (type === 'text/csv') {
    const account = new URL(req.url ?? '', 'http://localhost').searchParams.get('account') ?? ''
    if (account === '') throw new APIError('请写明导入到哪个平台账号：在地址后加 ?account=账号ID', 400, null, true)
    return { account, text: decodeCsvBytes(bytes).text }
  }
  let json: unknown
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'))
  } catch {
    throw new APIError('请求不是有效的 JSON：应为 { "account": 账号ID, "csv": 表格内容 }', 400, null, true)
  }
  const parsed = jsonBody.safeParse(json)
  if (!parsed.success) throw new APIError(parsed.error.issues[0]?.message ?? '请求格式不对', 400, null, true)
  return { account: String(parsed.data.account), text: parsed.data.csv }
}

function tooLarge(): APIError {
  return new APIError(`文件太大：一次最多导入 ${MAX_IMPORT_BYTES / 1024 / 1024} MB，请分成几个文件。`, 413, null, true)
}
