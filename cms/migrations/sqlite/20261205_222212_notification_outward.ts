import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`email_outward\` text;`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`robot_outward\` text;`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`outward_attempts\` numeric;`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`outward_next_at\` text;`)
  await db.run(sql`ALTER TABLE \`notifications\` ADD \`outward_error\` text;`)
  await db.run(sql`CREATE INDEX \`notifications_email_outward_idx\` ON \`notifications\` (\`email_outward\`);`)
  await db.run(sql`CREATE INDEX \`notifications_robot_outward_idx\` ON \`notifications\` (\`robot_outward\`);`)
  await db.run(sql`CREATE INDEX \`notifications_outward_next_at_idx\` ON \`notifications\` (\`outward_next_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`notifications_email_outward_idx\`;`)
  await db.run(sql`DROP INDEX \`notifications_robot_outward_idx\`;`)
  await db.run(sql`DROP INDEX \`notifications_outward_next_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`notifications\` DROP COLUMN \`email_outward\`;`)
  await db.run(sql`ALTER TABLE \`notifications\` DROP COLUMN \`robot_outward\`;`)
  await db.run(sql`ALTER TABLE \`notifications\` DROP COLUMN \`outward_attempts\`;`)
  await db.run(sql`ALTER TABLE \`notifications\` DROP COLUMN \`outward_next_at\`;`)
  await db.run(sql`ALTER TABLE \`notifications\` DROP COLUMN \`outward_error\`;`)
}
