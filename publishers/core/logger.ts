export type LogLevel = 'debug' | 'info' | 'warn' | 'error'
export type LogFields = Record<string, unknown>

/** Structured logger, shaped so that a pino logger can be passed as is. */
export type Logger = Record<LogLevel, (fields: LogFields, message?: string) => void>

export type LogEntry = { level: LogLevel; fields: LogFields; message?: string }

const ignore = (): void => {}

export const silentLogger: Logger = { debug: ignore, info: ignore, warn: ignore, error: ignore }

/** A logger that keeps every entry in memory (tests, "test connection" reports). */
export function createMemoryLogger(): { logger: Logger; entries: LogEntry[] } {
  const entries: LogEntry[] = []
  const at = (level: LogLevel) => (fields: LogFields, message?: string) => {
    entries.push({ level, fields, message })
  }
  return { logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }, entries }
}
