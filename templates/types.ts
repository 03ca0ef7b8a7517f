import { z } from 'zod'
import type { BodyFormat, PlatformId } from '../lib/platforms'

export type { PlatformId }

export type RenderInput = {
  title: string
  digest?: string | null
  markdown: string
  coverUrl?: string | null
  publicUrl?: string | null
  theme?: string | null
  hashtags?: string[]
  /** The item's own pictures in the order the audience swipes them (a note's 图片), sent beside the text, not in it. */
  gallery?: GalleryImage[]
}

export type GalleryImage = { src: string; alt: string }

export const renderInputSchema = z.object({
  title: z.string(),
  digest: z.string().nullish(),
  markdown: z.string(),
  coverUrl: z.string().nullish(),
  publicUrl: z.string().nullish(),
  theme: z.string().nullish(),
  hashtags: z.array(z.string()).optional(),
  gallery: z.array(z.object({ src: z.string(), alt: z.string() })).optional(),
}) satisfies z.ZodType<RenderInput>

/** `message` is Chinese, for an editor, and names the limit. */
export type RenderIssue = {
  code: string
  message: string
  limit?: number
  actual?: number
  severity: 'error' | 'warning'
}

export type RenderedImage = { src: string; alt: string; role: 'body' | 'cover' }

export type RenderFormat = BodyFormat

export type RenderResult = {
  title: string
  digest: string
  body: string
  format: RenderFormat
  images: RenderedImage[]
  issues: RenderIssue[]
}

export type PlatformRenderer = (input: RenderInput) => RenderResult
