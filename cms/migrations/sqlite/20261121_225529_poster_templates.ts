import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`posters\` ADD \`template\` text;`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`headline\` text;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_template\` text;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_headline\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`posters\` DROP COLUMN \`template\`;`)
  await db.run(sql`ALTER TABLE \`posters\` DROP COLUMN \`headline\`;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` DROP COLUMN \`version_template\`;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` DROP COLUMN \`version_headline\`;`)
}
