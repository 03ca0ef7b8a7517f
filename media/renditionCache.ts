import { createByteLruCache } from './createByteLruCache'

export type Rendition = { buffer: Buffer; mime: string; width: number; height: number; bytes: number }

/** 64 MiB of finished renditions per process, keyed by source hash + preset (+ focal point). */
export const renditionCacheBytes = 64 * 1024 * 1024

export const renditionCache = createByteLruCache<Rendition>({ maxBytes: renditionCacheBytes, sizeOf: (rendition) => rendition.bytes })
