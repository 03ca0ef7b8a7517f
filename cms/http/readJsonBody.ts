import { APIError } from 'payload'
import { type BodySource, readBodyOfType } from './bodyType'

/**
 * The JSON body of a custom endpoint, for its zod schema: only `application/json` is read (else 415);
 * an empty body is null, for endpoints whose fields are all optional.
 */
export async function readJsonBody(req: BodySource): Promise<unknown> {
  const text = await readBodyOfType({ req, expected: 'application/json', label: 'JSON' })
  if (text.trim() === '') return null
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new APIError('请求内容不是有效的 JSON：请检查引号、逗号和括号是否成对。', 400, null, true)
  }
}
