import { z } from 'zod'
import { elementKeys, type ElementKey } from '../html/elements'

export type CssDeclarations = Record<string, string>

/** A layout theme as data: inline CSS per element role, and list markers per nesting depth. */
export type Theme = {
  id: string
  name: string
  styles: Partial<Record<ElementKey, CssDeclarations>>
  listMarkers: { ul: string[]; ol: string[] }
}

const forbiddenInValues = /url\(|var\(|expression\(|@import|!important|[;{}<>"\\]|\b(?:fixed|sticky)\b/i
const relativeUnits = /\d(?:rem|em|vw|vh|vmin|vmax)\b/i

const cssValue = z
  .string()
  .min(1)
  .refine((value) => !forbiddenInValues.test(value), 'no url(), var(), !important, fixed/sticky or delimiters')
  .refine((value) => !relativeUnits.test(value), 'px units only (WeChat)')

const cssDeclarations = z.record(
  z
    .string()
    .regex(/^[a-z]+(?:-[a-z]+)*$/)
    .refine((name) => name !== 'position'),
  cssValue,
)

/**
 * What a theme may contain: only inline-CSS-safe values (WeChat keeps nothing but `style`, and
 * drops anything that could fetch a resource), no CSS variables, px units.
 */
export const themeSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string().min(1),
  styles: z.record(z.enum(elementKeys), cssDeclarations),
  listMarkers: z.object({ ul: z.array(cssValue).min(1), ol: z.array(cssValue).min(1) }),
})
