import { z } from 'zod'

const sized = z.object({ width: z.number().int().positive(), height: z.number().int().positive() })

/** The video's display size where the CMS read it (width/height beside the asset), or null when unknown. */
export function videoSizeOf(video: unknown): { width: number; height: number } | null {
  const parsed = sized.safeParse(video)
  return parsed.success ? parsed.data : null
}
