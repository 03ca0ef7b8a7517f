export type DatabaseKind = 'sqlite' | 'mongodb'

/** SQLite for unset or file: URLs, MongoDB for mongodb:// and mongodb+srv:// URLs. */
export function databaseKind(url: string): DatabaseKind {
  if (/^mongodb(\+srv)?:\/\//i.test(url)) return 'mongodb'
  if (/^file:/i.test(url)) return 'sqlite'
  throw new Error(
    `DATABASE_URL "${url.replace(/\/\/[^@]*@/, '//***@')}" is not supported: use file:./path.db (SQLite) or mongodb://… (MongoDB)`,
  )
}
