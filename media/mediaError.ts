export type MediaErrorCode =
  | 'image-empty'
  | 'image-file-too-large'
  | 'image-svg-refused'
  | 'image-heic-refused'
  | 'image-format-not-allowed'
  | 'image-too-many-pixels'
  | 'image-too-many-frames'
  | 'image-corrupt'
  | 'preset-unknown'
  | 'limit-unreachable'

/** A refused or unprocessable image; `message` is Chinese, for the person who uploaded it. */
export class MediaError extends Error {
  readonly code: MediaErrorCode

  constructor(args: { code: MediaErrorCode; message: string; cause?: unknown }) {
    super(args.message, { cause: args.cause })
    this.name = 'MediaError'
    this.code = args.code
  }
}
