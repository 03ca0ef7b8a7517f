/** A problem of one line of an import, `message` already starting with 第 N 行：(exactly once). */
export type LineError = { line: number; message: string }

const LINE_PREFIX = /^第 ?\d+ ?行[：:]\s*/

/** 第 N 行：problem, whether or not `problem` (e.g. from the CSV reader) already names its line. */
export function lineError(args: { line: number; problem: string }): LineError {
  return { line: args.line, message: `第 ${args.line} 行：${args.problem.replace(LINE_PREFIX, '')}` }
}

export function byLine(errors: readonly LineError[]): LineError[] {
  return [...errors].sort((a, b) => a.line - b.line)
}
