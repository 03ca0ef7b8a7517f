/**
 * A prompt as data. Each part is one paragraph of the message (it may span lines) with `{{name}}`
 * placeholders. A part is left out when any of its placeholders has no value, so optional context
 * (a brief, an instruction, a length) lives in parts of its own. List values are joined with "；".
 */
export type PromptTemplate = {
  id: string
  system: readonly string[]
  user: readonly string[]
}
