/** One problem of an import as the server lists it: the line and a sentence that usually names it already. */
export type ImportProblem = { line?: number; message: string }

/** The problems as lines to show: "第 N 行：…" once, whether or not the server's sentence starts with it. */
export function problemLines(problems: readonly ImportProblem[]): string[] {
  return problems.map(({ line, message }) => (line === undefined || /^第\s*\d+\s*行/.test(message) ? message : `第 ${line} 行：${message}`))
}
