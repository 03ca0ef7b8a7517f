export type PromptValue = string | number | readonly string[] | undefined
export type PromptValues = Record<string, PromptValue>

const placeholder = /\{\{(\w+)\}\}/g

function asText(value: PromptValue): string {
  if (value === undefined) return ''
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return value.trim()
  return value
    .map((item) => item.trim())
    .filter(Boolean)
    .join('；')
}

/**
 * Fills a template's parts (templates/prompts). A part whose placeholders are not all filled is left
 * out; a placeholder that `values` does not name at all is a bug in the template and throws.
 */
export function renderPrompt(args: { parts: readonly string[]; values: PromptValues }): string {
  const rendered: string[] = []
  for (const part of args.parts) {
    let complete = true
    const filled = part.replace(placeholder, (_match, name: string) => {
      if (!Object.hasOwn(args.values, name)) throw new Error(`prompt placeholder {{${name}}} has no value`)
      const text = asText(args.values[name])
      if (!text) complete = false
      return text
    })
    if (complete) rendered.push(filled)
  }
  return rendered.join('\n\n')
}
