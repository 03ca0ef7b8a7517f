export type OcrErrorCode = 'engine-missing' | 'language-missing' | 'engine-failed' | 'engine-timeout' | 'image-unreadable'

/** Text recognition could not run on an image; `message` is Chinese, for the editor who sees the image's status. */
export class OcrError extends Error {
  readonly code: OcrErrorCode

  constructor(args: { code: OcrErrorCode; message: string; cause?: unknown }) {
    super(args.message, { cause: args.cause })
    this.name = 'OcrError'
    this.code = args.code
  }
}
