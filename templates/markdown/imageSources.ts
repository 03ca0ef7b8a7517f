import { attribute, type Token } from './markdownParser'
import { isSafeImageSrc } from './isSafeUrl'
import { textOfInline } from '../html/renderInline'

/** Every allowed image of a token stream, in order, as src and alt text. */
export function imageSources(tokens: Token[]): { src: string; alt: string }[] {
  const images: { src: string; alt: string }[] = []
  for (const token of tokens) {
    for (const child of token.children ?? []) {
      const src = child.type === 'image' ? attribute({ token: child, name: 'src' }) : null
      if (src && isSafeImageSrc(src)) images.push({ src, alt: textOfInline(child.children ?? []) })
    }
  }
  return images
}
