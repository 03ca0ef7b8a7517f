// MongoDB needs no schema migrations; data migrations for it go here (payload migrate:create with a mongodb:// DATABASE_URL).
export const migrations: { name: string; up: () => Promise<void>; down: () => Promise<void> }[] = []
