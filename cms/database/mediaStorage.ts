import { env } from '../../lib/env'

/**
 * Where uploads live. By default a folder (MEDIA_DIR, else DATA_DIR/media): with several web
 * processes and workers it must be one shared mount, since the worker reads the files it posts.
 * An S3-compatible store (S3_BUCKET, S3_REGION and keys) goes through Payload's storage adapter,
 * `@payloadcms/storage-s3`, which must match the Payload version exactly; it has no 3.90.2 release,
 * so a configured bucket is refused at start rather than silently ignored.
 */
export function assertMediaStorage(): void {
  if (env.s3 === null) return
  throw new Error(
    `S3_BUCKET "${env.s3.bucket}" is set, but S3 storage is not available with this Payload version (3.90.2: @payloadcms/storage-s3 has no matching release). Unset the S3_* variables and put MEDIA_DIR on a shared mount instead.`,
  )
}
