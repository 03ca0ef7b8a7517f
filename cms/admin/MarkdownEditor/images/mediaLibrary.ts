import { z } from 'zod'

export const PICKER_PAGE_SIZE = 24

/** GET path for one page of the library's images, newest first, matching the search in file name or alt text. */
export function mediaListPath(args: { search: string; page: number }): string {
  const params = new URLSearchParams({
    'where[and][0][mimeType][like]': 'image/',
    limit: String(PICKER_PAGE_SIZE),
    page: String(Math.max(1, Math.floor(args.page))),
    sort: '-createdAt',
    depth: '0',
  })
  const search = args.search.trim()
  if (search) {
    params.set('where[and][1][or][0][filename][like]', search)
    params.set('where[and][1][or][1][alt][like]', search)
  }
  return `/media?${params.toString()}`
}

const libraryImage = z.object({
  id: z.union([z.string(), z.number()]),
  filename: z.string().min(1),
  alt: z.string().nullish(),
  url: z.string().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  sizes: z
    .object({ thumbnail: z.object({ url: z.string().nullish() }).partial().nullish() })
    .partial()
    .nullish(),
})

const libraryPage = z.object({
  docs: z.array(z.unknown()),
  page: z.number().optional(),
  totalPages: z.number(),
  totalDocs: z.number(),
})

export type LibraryImage = { id: string; filename: string; alt: string; thumbnailUrl: string; width: number | null; height: number | null }

/** One page of the reply, keeping only rows with a file (a row the server shaped otherwise is skipped, not fatal). */
export function parseLibraryPage(body: unknown): { images: LibraryImage[]; totalPages: number; totalDocs: number } | null {
  const page = libraryPage.safeParse(body)
  if (!page.success) return null
  const images: LibraryImage[] = []
  for (const row of page.data.docs) {
    const image = libraryImage.safeParse(row)
    if (!image.success) continue
    const { id, filename, alt, url, width, height, sizes } = image.data
    images.push({
      id: String(id),
      filename,
      alt: alt ?? '',
      thumbnailUrl: sizes?.thumbnail?.url || url || `/api/media/file/${encodeURIComponent(filename)}`,
      width: width ?? null,
      height: height ?? null,
    })
  }
  return { images, totalPages: page.data.totalPages, totalDocs: page.data.totalDocs }
}
