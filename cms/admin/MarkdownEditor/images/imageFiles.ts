export type FileLike = { name: string; type: string }

/** Files the body can show as images; the rest (video, documents) are refused before any upload. */
export function imageFilesOf<T extends FileLike>(files: T[]): { images: T[]; others: T[] } {
  const images: T[] = []
  const others: T[] = []
  for (const file of files) (file.type.startsWith('image/') ? images : others).push(file)
  return { images, others }
}

/** Why files were not inserted, naming them; null when there are none. */
export function refusalOf(others: FileLike[]): string | null {
  if (others.length === 0) return null
  return `${others.map((f) => `「${f.name}」`).join('、')}不是图片：正文里只能插入 JPEG、PNG、WebP、GIF 图片。`
}
