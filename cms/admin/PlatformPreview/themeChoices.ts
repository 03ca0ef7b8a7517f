import { defaultThemeId, themes } from '../../../templates/themes'

export type ThemeChoice = { id: string; name: string }

/** The WeChat themes an editor can preview (the templates' own list, in its order). */
export function themeChoices(): ThemeChoice[] {
  return themes.map(({ id, name }) => ({ id, name }))
}

/** The theme the preview starts with: the article's own, or the default when it has none or an unknown one. */
export function initialTheme(articleTheme: unknown): string {
  return typeof articleTheme === 'string' && themes.some((t) => t.id === articleTheme) ? articleTheme : defaultThemeId
}
