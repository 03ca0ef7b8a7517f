/**
 * `text` without the values of a failed statement. drizzle's message for one ends in "\nparams: …", the
 * row's values (a password hash or a sealed token among them); in a stack the frames follow them.
 */
export const withoutStatementValues = (text: string): string => text.replace(/\nparams: [\s\S]*?(?=\n {4}at |$)/, '')
