import fs from 'node:fs/promises'
import path from 'node:path'
import { APIError, type UploadConfig } from 'payload'

type FileHandler = NonNullable<UploadConfig['handlers']>[number]

/**
 * A file the library no longer has (its media deleted, a poster's rendition replaced by a new render)
 * answers 404 with what happened. Payload's own fallback answers such a URL with a 500 and "Something
 * went wrong.", and logs it as an error. Files on disk (and names Payload refuses) go on to Payload.
 */
export function missingFileHandler(staticDir: string): FileHandler {
  const dir = path.resolve(staticDir)
  return async (_req, { params }) => {
    const file = path.resolve(dir, params.filename)
    if (!file.startsWith(dir + path.sep)) return
    try {
      await fs.stat(file)
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT')
        throw new APIError('找不到这个文件：它可能已被删除，或已被重新生成的图片替换。请刷新页面后重新选择。', 404, null, true)
    }
  }
}
