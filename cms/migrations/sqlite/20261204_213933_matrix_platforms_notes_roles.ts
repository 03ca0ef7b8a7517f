import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`videos_script\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`scene\` text,
  	\`shot\` text,
  	\`duration\` numeric,
  	\`line\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_script_order_idx\` ON \`videos_script\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`videos_script_parent_id_idx\` ON \`videos_script\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`videos_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_texts_order_parent\` ON \`videos_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_version_script\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`scene\` text,
  	\`shot\` text,
  	\`duration\` numeric,
  	\`line\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_version_script_order_idx\` ON \`_videos_v_version_script\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_script_parent_id_idx\` ON \`_videos_v_version_script\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_texts_order_parent\` ON \`_videos_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`notes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`body\` text,
  	\`campaign_id\` integer,
  	\`owner_id\` integer,
  	\`status\` text DEFAULT 'draft',
  	\`approved_version\` text,
  	\`approved_by_id\` integer,
  	\`published_version\` text,
  	\`findings\` text,
  	\`fingerprint\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`notes_campaign_idx\` ON \`notes\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`notes_owner_idx\` ON \`notes\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`notes_status_idx\` ON \`notes\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`notes_approved_by_idx\` ON \`notes\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`notes_updated_at_idx\` ON \`notes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notes_created_at_idx\` ON \`notes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`notes__status_idx\` ON \`notes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`notes_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`notes_texts_order_parent\` ON \`notes_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`notes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`platform_accounts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`platform_accounts_id\`) REFERENCES \`platform_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`notes_rels_order_idx\` ON \`notes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`notes_rels_parent_idx\` ON \`notes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`notes_rels_path_idx\` ON \`notes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`notes_rels_media_id_idx\` ON \`notes_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`notes_rels_platform_accounts_id_idx\` ON \`notes_rels\` (\`platform_accounts_id\`);`)
  await db.run(sql`CREATE TABLE \`_notes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_body\` text,
  	\`version_campaign_id\` integer,
  	\`version_owner_id\` integer,
  	\`version_status\` text DEFAULT 'draft',
  	\`version_approved_version\` text,
  	\`version_approved_by_id\` integer,
  	\`version_published_version\` text,
  	\`version_findings\` text,
  	\`version_fingerprint\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_notes_v_parent_idx\` ON \`_notes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_notes_v_version_version_campaign_idx\` ON \`_notes_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_notes_v_version_version_owner_idx\` ON \`_notes_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_notes_v_version_version_status_idx\` ON \`_notes_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_notes_v_version_version_approved_by_idx\` ON \`_notes_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_notes_v_version_version_updated_at_idx\` ON \`_notes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_notes_v_version_version_created_at_idx\` ON \`_notes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_notes_v_version_version__status_idx\` ON \`_notes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_notes_v_created_at_idx\` ON \`_notes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_notes_v_updated_at_idx\` ON \`_notes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_notes_v_latest_idx\` ON \`_notes_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_notes_v_autosave_idx\` ON \`_notes_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_notes_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_notes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_notes_v_texts_order_parent\` ON \`_notes_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_notes_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`platform_accounts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_notes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`platform_accounts_id\`) REFERENCES \`platform_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_notes_v_rels_order_idx\` ON \`_notes_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_notes_v_rels_parent_idx\` ON \`_notes_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_notes_v_rels_path_idx\` ON \`_notes_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_notes_v_rels_media_id_idx\` ON \`_notes_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_notes_v_rels_platform_accounts_id_idx\` ON \`_notes_v_rels\` (\`platform_accounts_id\`);`)
  await db.run(sql`CREATE TABLE \`comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`body\` text NOT NULL,
  	\`author_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`comments_author_idx\` ON \`comments\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_updated_at_idx\` ON \`comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comments_created_at_idx\` ON \`comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`comments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`videos_id\` integer,
  	\`posters_id\` integer,
  	\`notes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posters_id\`) REFERENCES \`posters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notes_id\`) REFERENCES \`notes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comments_rels_order_idx\` ON \`comments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_parent_idx\` ON \`comments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_path_idx\` ON \`comments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_articles_id_idx\` ON \`comments_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_videos_id_idx\` ON \`comments_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_posters_id_idx\` ON \`comments_rels\` (\`posters_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_rels_notes_id_idx\` ON \`comments_rels\` (\`notes_id\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`platform_accounts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`platform_accounts_id\`) REFERENCES \`platform_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_platform_accounts_id_idx\` ON \`users_rels\` (\`platform_accounts_id\`);`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`stage\` text DEFAULT 'script';`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_stage\` text DEFAULT 'script';`)
  await db.run(sql`ALTER TABLE \`calendar_entries_rels\` ADD \`notes_id\` integer REFERENCES notes(id);`)
  await db.run(sql`CREATE INDEX \`calendar_entries_rels_notes_id_idx\` ON \`calendar_entries_rels\` (\`notes_id\`);`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`package\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries_rels\` ADD \`notes_id\` integer REFERENCES notes(id);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_notes_id_idx\` ON \`deliveries_rels\` (\`notes_id\`);`)
  await db.run(sql`ALTER TABLE \`post_metrics_rels\` ADD \`notes_id\` integer REFERENCES notes(id);`)
  await db.run(sql`CREATE INDEX \`post_metrics_rels_notes_id_idx\` ON \`post_metrics_rels\` (\`notes_id\`);`)
  await db.run(sql`ALTER TABLE \`review_logs_rels\` ADD \`notes_id\` integer REFERENCES notes(id);`)
  await db.run(sql`CREATE INDEX \`review_logs_rels_notes_id_idx\` ON \`review_logs_rels\` (\`notes_id\`);`)
  await db.run(sql`ALTER TABLE \`notifications_rels\` ADD \`notes_id\` integer REFERENCES notes(id);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_notes_id_idx\` ON \`notifications_rels\` (\`notes_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`notes_id\` integer REFERENCES notes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`comments_id\` integer REFERENCES comments(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notes_id_idx\` ON \`payload_locked_documents_rels\` (\`notes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`videos_script\`;`)
  await db.run(sql`DROP TABLE \`videos_texts\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_version_script\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_texts\`;`)
  await db.run(sql`DROP TABLE \`notes\`;`)
  await db.run(sql`DROP TABLE \`notes_texts\`;`)
  await db.run(sql`DROP TABLE \`notes_rels\`;`)
  await db.run(sql`DROP TABLE \`_notes_v\`;`)
  await db.run(sql`DROP TABLE \`_notes_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_notes_v_rels\`;`)
  await db.run(sql`DROP TABLE \`comments\`;`)
  await db.run(sql`DROP TABLE \`comments_rels\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_calendar_entries_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`videos_id\` integer,
  	\`posters_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`calendar_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posters_id\`) REFERENCES \`posters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_calendar_entries_rels\`("id", "order", "parent_id", "path", "articles_id", "videos_id", "posters_id") SELECT "id", "order", "parent_id", "path", "articles_id", "videos_id", "posters_id" FROM \`calendar_entries_rels\`;`)
  await db.run(sql`DROP TABLE \`calendar_entries_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_calendar_entries_rels\` RENAME TO \`calendar_entries_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`calendar_entries_rels_order_idx\` ON \`calendar_entries_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`calendar_entries_rels_parent_idx\` ON \`calendar_entries_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`calendar_entries_rels_path_idx\` ON \`calendar_entries_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`calendar_entries_rels_articles_id_idx\` ON \`calendar_entries_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`calendar_entries_rels_videos_id_idx\` ON \`calendar_entries_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`calendar_entries_rels_posters_id_idx\` ON \`calendar_entries_rels\` (\`posters_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_deliveries_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`videos_id\` integer,
  	\`posters_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posters_id\`) REFERENCES \`posters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_deliveries_rels\`("id", "order", "parent_id", "path", "articles_id", "videos_id", "posters_id") SELECT "id", "order", "parent_id", "path", "articles_id", "videos_id", "posters_id" FROM \`deliveries_rels\`;`)
  await db.run(sql`DROP TABLE \`deliveries_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_deliveries_rels\` RENAME TO \`deliveries_rels\`;`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_order_idx\` ON \`deliveries_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_parent_idx\` ON \`deliveries_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_path_idx\` ON \`deliveries_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_articles_id_idx\` ON \`deliveries_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_videos_id_idx\` ON \`deliveries_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_rels_posters_id_idx\` ON \`deliveries_rels\` (\`posters_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_post_metrics_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`videos_id\` integer,
  	\`posters_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`post_metrics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posters_id\`) REFERENCES \`posters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_post_metrics_rels\`("id", "order", "parent_id", "path", "articles_id", "videos_id", "posters_id") SELECT "id", "order", "parent_id", "path", "articles_id", "videos_id", "posters_id" FROM \`post_metrics_rels\`;`)
  await db.run(sql`DROP TABLE \`post_metrics_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_post_metrics_rels\` RENAME TO \`post_metrics_rels\`;`)
  await db.run(sql`CREATE INDEX \`post_metrics_rels_order_idx\` ON \`post_metrics_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`post_metrics_rels_parent_idx\` ON \`post_metrics_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`post_metrics_rels_path_idx\` ON \`post_metrics_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`post_metrics_rels_articles_id_idx\` ON \`post_metrics_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`post_metrics_rels_videos_id_idx\` ON \`post_metrics_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`post_metrics_rels_posters_id_idx\` ON \`post_metrics_rels\` (\`posters_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_review_logs_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`videos_id\` integer,
  	\`posters_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posters_id\`) REFERENCES \`posters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_review_logs_rels\`("id", "order", "parent_id", "path", "articles_id", "videos_id", "posters_id") SELECT "id", "order", "parent_id", "path", "articles_id", "videos_id", "posters_id" FROM \`review_logs_rels\`;`)
  await db.run(sql`DROP TABLE \`review_logs_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_review_logs_rels\` RENAME TO \`review_logs_rels\`;`)
  await db.run(sql`CREATE INDEX \`review_logs_rels_order_idx\` ON \`review_logs_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`review_logs_rels_parent_idx\` ON \`review_logs_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_logs_rels_path_idx\` ON \`review_logs_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`review_logs_rels_articles_id_idx\` ON \`review_logs_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`review_logs_rels_videos_id_idx\` ON \`review_logs_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`review_logs_rels_posters_id_idx\` ON \`review_logs_rels\` (\`posters_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_notifications_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`videos_id\` integer,
  	\`posters_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posters_id\`) REFERENCES \`posters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_notifications_rels\`("id", "order", "parent_id", "path", "articles_id", "videos_id", "posters_id") SELECT "id", "order", "parent_id", "path", "articles_id", "videos_id", "posters_id" FROM \`notifications_rels\`;`)
  await db.run(sql`DROP TABLE \`notifications_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_notifications_rels\` RENAME TO \`notifications_rels\`;`)
  await db.run(sql`CREATE INDEX \`notifications_rels_order_idx\` ON \`notifications_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_parent_idx\` ON \`notifications_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_path_idx\` ON \`notifications_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_articles_id_idx\` ON \`notifications_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_videos_id_idx\` ON \`notifications_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_posters_id_idx\` ON \`notifications_rels\` (\`posters_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`videos_id\` integer,
  	\`posters_id\` integer,
  	\`campaigns_id\` integer,
  	\`calendar_entries_id\` integer,
  	\`media_id\` integer,
  	\`platform_accounts_id\` integer,
  	\`deliveries_id\` integer,
  	\`post_metrics_id\` integer,
  	\`account_metrics_id\` integer,
  	\`metric_days_id\` integer,
  	\`sensitive_words_id\` integer,
  	\`review_logs_id\` integer,
  	\`notifications_id\` integer,
  	\`assist_usage_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posters_id\`) REFERENCES \`posters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`calendar_entries_id\`) REFERENCES \`calendar_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`platform_accounts_id\`) REFERENCES \`platform_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`post_metrics_id\`) REFERENCES \`post_metrics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`account_metrics_id\`) REFERENCES \`account_metrics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`metric_days_id\`) REFERENCES \`metric_days\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sensitive_words_id\`) REFERENCES \`sensitive_words\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_logs_id\`) REFERENCES \`review_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assist_usage_id\`) REFERENCES \`assist_usage\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "videos_id", "posters_id", "campaigns_id", "calendar_entries_id", "media_id", "platform_accounts_id", "deliveries_id", "post_metrics_id", "account_metrics_id", "metric_days_id", "sensitive_words_id", "review_logs_id", "notifications_id", "assist_usage_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "videos_id", "posters_id", "campaigns_id", "calendar_entries_id", "media_id", "platform_accounts_id", "deliveries_id", "post_metrics_id", "account_metrics_id", "metric_days_id", "sensitive_words_id", "review_logs_id", "notifications_id", "assist_usage_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_videos_id_idx\` ON \`payload_locked_documents_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_posters_id_idx\` ON \`payload_locked_documents_rels\` (\`posters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_calendar_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`calendar_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_platform_accounts_id_idx\` ON \`payload_locked_documents_rels\` (\`platform_accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_post_metrics_id_idx\` ON \`payload_locked_documents_rels\` (\`post_metrics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_account_metrics_id_idx\` ON \`payload_locked_documents_rels\` (\`account_metrics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_metric_days_id_idx\` ON \`payload_locked_documents_rels\` (\`metric_days_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sensitive_words_id_idx\` ON \`payload_locked_documents_rels\` (\`sensitive_words_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_logs_id_idx\` ON \`payload_locked_documents_rels\` (\`review_logs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assist_usage_id_idx\` ON \`payload_locked_documents_rels\` (\`assist_usage_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`stage\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` DROP COLUMN \`version_stage\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`package\`;`)
}
