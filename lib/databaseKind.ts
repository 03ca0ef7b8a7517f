export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

/** SQLite for file: URLs, Postgres for postgres:// and postgresql:// URLs, MongoDB for mongodb:// and mongodb+srv:// URLs. */
export function databaseKind(url: string): DatabaseKind {
  if (/^mongodb(\+srv)?:\/\//i.test(url)) return 'mongodb'
  if (/^postgres(ql)?:\/\//i.test(url)) return 'postgres'
  if (/^file:/i.test(url)) return 'sqlite'
  throw new Error(
    `DATABASE_URL "${url.replace(/\/\/[^@]*@/, '//***@')}" is not supported: use file:./path.db (SQLite), postgres://… (Postgres) or mongodb://… (MongoDB)`,
  )
}
