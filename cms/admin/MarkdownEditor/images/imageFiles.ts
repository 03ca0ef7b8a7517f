export type FileLike = { name: string; type: string }

/** Files the body can show as images; the rest (video, documents) are refused before any upload. */
export function imageFilesOf<T extends FileLike>(files: T[]): { images: T[]; others: T[] } {
  const images: T[] = []
  const others: T[] = []
  for (const file of files) (file.type.startsWith('image/') ? images : others).push(file)
  return { images, others }
}
