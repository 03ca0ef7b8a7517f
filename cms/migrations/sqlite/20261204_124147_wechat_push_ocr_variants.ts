import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`deliveries_bundle\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`article_id\` integer NOT NULL,
  	\`revision\` text NOT NULL,
  	\`url\` text,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`deliveries_bundle_order_idx\` ON \`deliveries_bundle\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_bundle_parent_id_idx\` ON \`deliveries_bundle\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_bundle_article_idx\` ON \`deliveries_bundle\` (\`article_id\`);`)
  await db.run(sql`ALTER TABLE \`calendar_entries\` ADD \`mode\` text;`)
  await db.run(sql`ALTER TABLE \`calendar_entries\` ADD \`tag_id\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`ocr_status\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`ocr_hash\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`ocr_text\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`ocr_findings\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`ocr_checked_at\` text;`)
  await db.run(sql`CREATE INDEX \`media_ocr_ocr_status_idx\` ON \`media\` (\`ocr_status\`);`)
  await db.run(sql`CREATE INDEX \`media_ocr_ocr_hash_idx\` ON \`media\` (\`ocr_hash\`);`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`mode\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`tag_id\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`msg_id\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`msg_data_id\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`mass_result\` text;`)
  await db.run(sql`CREATE INDEX \`deliveries_msg_id_idx\` ON \`deliveries\` (\`msg_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_msg_data_id_idx\` ON \`deliveries\` (\`msg_data_id\`);`)
  await db.run(sql`ALTER TABLE \`sensitive_words\` ADD \`match_pinyin\` text DEFAULT 'off';`)
  await db.run(sql`ALTER TABLE \`sensitive_words\` ADD \`match_variants\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`wechat_id\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`deliveries_bundle\`;`)
  await db.run(sql`DROP INDEX \`media_ocr_ocr_status_idx\`;`)
  await db.run(sql`DROP INDEX \`media_ocr_ocr_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`ocr_status\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`ocr_hash\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`ocr_text\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`ocr_findings\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`ocr_checked_at\`;`)
  await db.run(sql`DROP INDEX \`deliveries_msg_id_idx\`;`)
  await db.run(sql`DROP INDEX \`deliveries_msg_data_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`mode\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`tag_id\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`msg_id\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`msg_data_id\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`mass_result\`;`)
  await db.run(sql`ALTER TABLE \`calendar_entries\` DROP COLUMN \`mode\`;`)
  await db.run(sql`ALTER TABLE \`calendar_entries\` DROP COLUMN \`tag_id\`;`)
  await db.run(sql`ALTER TABLE \`sensitive_words\` DROP COLUMN \`match_pinyin\`;`)
  await db.run(sql`ALTER TABLE \`sensitive_words\` DROP COLUMN \`match_variants\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`wechat_id\`;`)
}
