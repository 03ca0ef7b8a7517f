import { compileTheme, type CompiledTheme } from './compileTheme'
import { defaultTheme } from './defaultTheme'
import { minimalTheme } from './minimalTheme'
import { techTheme } from './techTheme'
import type { Theme } from './themeSchema'

export const themeDefinitions: Theme[] = [defaultTheme, minimalTheme, techTheme]

const compiledThemes = new Map<string, CompiledTheme>(themeDefinitions.map((theme) => [theme.id, compileTheme(theme)]))

export const defaultThemeId = defaultTheme.id

/** The themes an editor can choose from (per article or per account). */
export const themes: { id: string; name: string }[] = themeDefinitions.map(({ id, name }) => ({ id, name }))

/** The theme with this id, or the default one (with `found: false`) when the id is unknown. */
export function resolveTheme(id: string | null | undefined): { theme: CompiledTheme; found: boolean } {
  const wanted = id ? compiledThemes.get(id) : undefined
  return { theme: wanted ?? (compiledThemes.get(defaultThemeId) as CompiledTheme), found: !id || wanted !== undefined }
}
