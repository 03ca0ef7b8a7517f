import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`platform_accounts\` ADD \`credentials_refresh_expires_at\` text;`)
  await db.run(sql`ALTER TABLE \`platform_accounts\` ADD \`credentials_uid\` text;`)
  await db.run(sql`ALTER TABLE \`platform_accounts\` ADD \`credentials_open_id\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`platform_accounts\` DROP COLUMN \`credentials_refresh_expires_at\`;`)
  await db.run(sql`ALTER TABLE \`platform_accounts\` DROP COLUMN \`credentials_uid\`;`)
  await db.run(sql`ALTER TABLE \`platform_accounts\` DROP COLUMN \`credentials_open_id\`;`)
}
