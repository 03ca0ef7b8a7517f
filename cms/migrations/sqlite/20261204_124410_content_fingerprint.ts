import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`fingerprint\` text;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_fingerprint\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` DROP COLUMN \`version_fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`posters\` DROP COLUMN \`fingerprint\`;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` DROP COLUMN \`version_fingerprint\`;`)
}
