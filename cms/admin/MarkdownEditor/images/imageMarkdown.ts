/** Where the renderers and the compliance scan expect a library file: our own relative file URL. */
export function mediaFileUrl(filename: string): string {
  // Parentheses are encoded too, so the URL never ends a Markdown link early.
  return `/api/media/file/${encodeURIComponent(filename).replace(/\(/g, '%28').replace(/\)/g, '%29')}`
}

/** Names that say nothing about the picture (a pasted screenshot is `image.png`) give a generic alt. */
const MEANINGLESS_NAMES = /^(image|img|screenshot|clipboard|blob|untitled|pasted|图片|截图)[\s_-]*\d*$/i

/** An alt text from a file name: without the extension, separators as spaces; 图片 when the name says nothing. */
export function altFromFileName(name: string): string {
  const base = name
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .replace(/[_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (!base || MEANINGLESS_NAMES.test(base)) return '图片'
  return [...base].slice(0, 100).join('')
}

/** `![alt](url)` with the alt's brackets and backslashes escaped, so any name is a valid image. */
export function imageMarkdown(args: { alt: string; filename: string }): string {
  const alt = args.alt.replace(/[\\[\]]/g, (c) => `\\${c}`).replace(/\s+/g, ' ')
  return `![${alt}](${mediaFileUrl(args.filename)})`
}
