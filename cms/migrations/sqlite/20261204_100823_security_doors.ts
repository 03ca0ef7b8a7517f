import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`publishing_pause\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`active\` integer DEFAULT false,
  	\`reason\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`publishing_pause_by_idx\` ON \`publishing_pause\` (\`by_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`published_version\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_published_version\` text;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`published_version\` text;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_published_version\` text;`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`published_version\` text;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_published_version\` text;`)
  await db.run(sql`ALTER TABLE \`calendar_entries\` ADD \`actor_ip\` text;`)
  await db.run(sql`ALTER TABLE \`platform_accounts\` ADD \`pause_active\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`platform_accounts\` ADD \`pause_reason\` text;`)
  await db.run(sql`ALTER TABLE \`platform_accounts\` ADD \`pause_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`platform_accounts\` ADD \`pause_at\` text;`)
  await db.run(sql`CREATE INDEX \`platform_accounts_pause_pause_by_idx\` ON \`platform_accounts\` (\`pause_by_id\`);`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`actor_ip\` text;`)
  // Existing entries: what they were about, read from the link while it still exists.
  await db.run(sql`ALTER TABLE \`review_logs\` ADD \`doc_collection\` text NOT NULL DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`review_logs\` ADD \`doc_id\` text NOT NULL DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`review_logs\` ADD \`doc_title\` text;`)
  for (const kind of ['articles', 'videos', 'posters'] as const) {
    await db.run(
      sql.raw(
        `UPDATE review_logs SET doc_collection = '${kind}', doc_id = CAST(r.${kind}_id AS TEXT), doc_title = (SELECT title FROM ${kind} WHERE id = r.${kind}_id) ` +
          `FROM review_logs_rels r WHERE r.parent_id = review_logs.id AND r.path = 'doc' AND r.${kind}_id IS NOT NULL;`,
      ),
    )
  }
  // Published items: what the public page shows is the approved revision they were published with.
  for (const kind of ['articles', 'videos', 'posters'] as const) {
    await db.run(sql.raw(`UPDATE ${kind} SET published_version = approved_version WHERE status = 'published';`))
  }
  await db.run(sql`CREATE INDEX \`review_logs_doc_collection_idx\` ON \`review_logs\` (\`doc_collection\`);`)
  await db.run(sql`CREATE INDEX \`review_logs_doc_id_idx\` ON \`review_logs\` (\`doc_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`publishing_pause\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_platform_accounts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`platform\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`credentials_app_id\` text,
  	\`credentials_app_secret\` text,
  	\`credentials_app_key\` text,
  	\`credentials_client_key\` text,
  	\`credentials_client_secret\` text,
  	\`credentials_access_token\` text,
  	\`credentials_refresh_token\` text,
  	\`credentials_expires_at\` text,
  	\`credentials_refresh_expires_at\` text,
  	\`credentials_uid\` text,
  	\`credentials_open_id\` text,
  	\`credentials_hint\` text,
  	\`credentials_cipher\` text,
  	\`settings\` text,
  	\`health_status\` text DEFAULT 'unknown',
  	\`health_message\` text,
  	\`health_checked_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_platform_accounts\`("id", "platform", "name", "credentials_app_id", "credentials_app_secret", "credentials_app_key", "credentials_client_key", "credentials_client_secret", "credentials_access_token", "credentials_refresh_token", "credentials_expires_at", "credentials_refresh_expires_at", "credentials_uid", "credentials_open_id", "credentials_hint", "credentials_cipher", "settings", "health_status", "health_message", "health_checked_at", "updated_at", "created_at") SELECT "id", "platform", "name", "credentials_app_id", "credentials_app_secret", "credentials_app_key", "credentials_client_key", "credentials_client_secret", "credentials_access_token", "credentials_refresh_token", "credentials_expires_at", "credentials_refresh_expires_at", "credentials_uid", "credentials_open_id", "credentials_hint", "credentials_cipher", "settings", "health_status", "health_message", "health_checked_at", "updated_at", "created_at" FROM \`platform_accounts\`;`)
  await db.run(sql`DROP TABLE \`platform_accounts\`;`)
  await db.run(sql`ALTER TABLE \`__new_platform_accounts\` RENAME TO \`platform_accounts\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`platform_accounts_updated_at_idx\` ON \`platform_accounts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`platform_accounts_created_at_idx\` ON \`platform_accounts\` (\`created_at\`);`)
  await db.run(sql`DROP INDEX \`review_logs_doc_collection_idx\`;`)
  await db.run(sql`DROP INDEX \`review_logs_doc_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`review_logs\` DROP COLUMN \`doc_collection\`;`)
  await db.run(sql`ALTER TABLE \`review_logs\` DROP COLUMN \`doc_id\`;`)
  await db.run(sql`ALTER TABLE \`review_logs\` DROP COLUMN \`doc_title\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`published_version\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_published_version\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`published_version\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` DROP COLUMN \`version_published_version\`;`)
  await db.run(sql`ALTER TABLE \`posters\` DROP COLUMN \`published_version\`;`)
  await db.run(sql`ALTER TABLE \`_posters_v\` DROP COLUMN \`version_published_version\`;`)
  await db.run(sql`ALTER TABLE \`calendar_entries\` DROP COLUMN \`actor_ip\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`actor_ip\`;`)
}
