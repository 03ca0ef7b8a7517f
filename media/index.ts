import { renditionCache } from './renditionCache'

export { prepareImage } from './prepareImage'
export { readVideoFileSize, readVideoSize, type VideoSize } from './readVideoSize'
export { composePoster } from './composePoster'
export { inspectUpload, type UploadInspection } from './inspectUpload'
export { mediaPresets, mediaPresetSchema, type MediaPreset } from './mediaPresets'
export { MediaError, type MediaErrorCode } from './mediaError'
export { uploadPolicy, allowedFormats } from './uploadPolicy'
export type { FocalPoint } from './planGeometry'
export type { Rendition } from './renditionCache'

/** Empties the in-memory rendition cache (benchmarks, tests, or after a preset change). */
export const clearRenditionCache = (): void => renditionCache.clear()
export const renditionCacheStats = (): ReturnType<typeof renditionCache.stats> => renditionCache.stats()
