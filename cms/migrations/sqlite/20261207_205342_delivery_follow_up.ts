import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`follow_up_pending\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`deliveries_follow_up_pending_idx\` ON \`deliveries\` (\`follow_up_pending\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`deliveries_follow_up_pending_idx\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`follow_up_pending\`;`)
}
