import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`review_logs\` ADD \`move_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`review_logs_move_key_idx\` ON \`review_logs\` (\`move_key\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`review_logs_move_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`review_logs\` DROP COLUMN \`move_key\`;`)
}
