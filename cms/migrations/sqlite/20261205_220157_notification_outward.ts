import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`email_outward\` text;`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`robot_outward\` text;`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`outward_attempts\` numeric;`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`outward_error\` text;`)
  await db.run(sql`CREATE INDEX \`notifications_email_outward_idx\` ON \`notifications\` (\`email_outward\`);`)
  await db.run(sql`CREATE INDEX \`notifications_robot_outward_idx\` ON \`notifications\` (\`robot_outward\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`notifications_email_outward_idx\`;`)
  await db.run(sql`DROP INDEX \`notifications_robot_outward_idx\`;`)
  await db.run(sql`ALTER TABLE \`notifications\` DROP COLUMN \`email_outward\`;`)
  await db.run(sql`ALTER TABLE \`notifications\` DROP COLUMN \`robot_outward\`;`)
  await db.run(sql`ALTER TABLE \`notifications\` DROP COLUMN \`outward_attempts\`;`)
  await db.run(sql`ALTER TABLE \`notifications\` DROP COLUMN \`outward_error\`;`)
}
