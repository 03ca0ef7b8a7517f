import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_title_candidates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_title_candidates_order_idx\` ON \`articles_title_candidates\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_title_candidates_parent_id_idx\` ON \`articles_title_candidates\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_title_candidates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_title_candidates_order_idx\` ON \`_articles_v_version_title_candidates\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_title_candidates_parent_id_idx\` ON \`_articles_v_version_title_candidates\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`videos_title_candidates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_title_candidates_order_idx\` ON \`videos_title_candidates\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`videos_title_candidates_parent_id_idx\` ON \`videos_title_candidates\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_version_title_candidates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_version_title_candidates_order_idx\` ON \`_videos_v_version_title_candidates\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_title_candidates_parent_id_idx\` ON \`_videos_v_version_title_candidates\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_kpis\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`metric\` text NOT NULL,
  	\`comparison\` text DEFAULT 'atLeast' NOT NULL,
  	\`target\` numeric NOT NULL,
  	\`period\` text DEFAULT 'campaign' NOT NULL,
  	\`platform\` text,
  	\`account_id\` integer,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`platform_accounts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_kpis_order_idx\` ON \`campaigns_kpis\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_kpis_parent_id_idx\` ON \`campaigns_kpis\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_kpis_account_idx\` ON \`campaigns_kpis\` (\`account_id\`);`)
  await db.run(sql`CREATE TABLE \`platform_accounts_targets\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`metric\` text NOT NULL,
  	\`comparison\` text DEFAULT 'atLeast' NOT NULL,
  	\`target\` numeric NOT NULL,
  	\`period\` text DEFAULT 'campaign' NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`platform_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`platform_accounts_targets_order_idx\` ON \`platform_accounts_targets\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`platform_accounts_targets_parent_id_idx\` ON \`platform_accounts_targets\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`post_metrics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`delivery_id\` integer NOT NULL,
  	\`position\` numeric DEFAULT 1,
  	\`date\` text NOT NULL,
  	\`readers\` numeric,
  	\`reads\` numeric,
  	\`push_readers\` numeric,
  	\`plays\` numeric,
  	\`shares\` numeric,
  	\`likes\` numeric,
  	\`wows\` numeric,
  	\`comments\` numeric,
  	\`favorites\` numeric,
  	\`reposts\` numeric,
  	\`completion_rate\` numeric,
  	\`source\` text DEFAULT 'manual' NOT NULL,
  	\`final\` integer DEFAULT true,
  	\`external_id\` text,
  	\`fetched_at\` text,
  	\`key\` text,
  	\`account_id\` integer,
  	\`platform\` text,
  	\`campaign_id\` integer,
  	\`content_type\` text,
  	\`author_id\` integer,
  	\`published_at\` text,
  	\`title_variant\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`delivery_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`platform_accounts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`post_metrics_delivery_idx\` ON \`post_metrics\` (\`delivery_id\`);`)
  await db.run(sql`CREATE INDEX \`post_metrics_date_idx\` ON \`post_metrics\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`post_metrics_external_id_idx\` ON \`post_metrics\` (\`external_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`post_metrics_key_idx\` ON \`post_metrics\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`post_metrics_account_idx\` ON \`post_metrics\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`post_metrics_platform_idx\` ON \`post_metrics\` (\`platform\`);`)
  await db.run(sql`CREATE INDEX \`post_metrics_campaign_idx\` ON \`post_metrics\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`post_metrics_author_idx\` ON \`post_metrics\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`post_metrics_updated_at_idx\` ON \`post_metrics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`post_metrics_created_at_idx\` ON \`post_metrics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`post_metrics_rels\` (
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
  await db.run(sql`CREATE INDEX \`post_metrics_rels_order_idx\` ON \`post_metrics_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`post_metrics_rels_parent_idx\` ON \`post_metrics_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`post_metrics_rels_path_idx\` ON \`post_metrics_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`post_metrics_rels_articles_id_idx\` ON \`post_metrics_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`post_metrics_rels_videos_id_idx\` ON \`post_metrics_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`post_metrics_rels_posters_id_idx\` ON \`post_metrics_rels\` (\`posters_id\`);`)
  await db.run(sql`CREATE TABLE \`account_metrics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`account_id\` integer NOT NULL,
  	\`date\` text NOT NULL,
  	\`new_followers\` numeric,
  	\`lost_followers\` numeric,
  	\`followers\` numeric,
  	\`readers\` numeric,
  	\`shares\` numeric,
  	\`source\` text DEFAULT 'manual' NOT NULL,
  	\`final\` integer DEFAULT true,
  	\`fetched_at\` text,
  	\`key\` text,
  	\`platform\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`platform_accounts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`account_metrics_account_idx\` ON \`account_metrics\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`account_metrics_date_idx\` ON \`account_metrics\` (\`date\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`account_metrics_key_idx\` ON \`account_metrics\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`account_metrics_platform_idx\` ON \`account_metrics\` (\`platform\`);`)
  await db.run(sql`CREATE INDEX \`account_metrics_updated_at_idx\` ON \`account_metrics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`account_metrics_created_at_idx\` ON \`account_metrics\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`calendar_entries\` ADD \`title_variant\` numeric;`)
  await db.run(sql`ALTER TABLE \`platform_accounts\` ADD \`stats_health_status\` text DEFAULT 'never';`)
  await db.run(sql`ALTER TABLE \`platform_accounts\` ADD \`stats_health_message\` text;`)
  await db.run(sql`ALTER TABLE \`platform_accounts\` ADD \`stats_health_code\` text;`)
  await db.run(sql`ALTER TABLE \`platform_accounts\` ADD \`stats_health_last_run_at\` text;`)
  await db.run(sql`ALTER TABLE \`platform_accounts\` ADD \`stats_health_last_success_at\` text;`)
  await db.run(sql`ALTER TABLE \`platform_accounts\` ADD \`stats_health_blocked_until\` text;`)
  await db.run(sql`ALTER TABLE \`platform_accounts\` ADD \`stats_health_backfilled_at\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`title_variant\` numeric;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`weekly_output_target\` numeric;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`post_metrics_id\` integer REFERENCES post_metrics(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`account_metrics_id\` integer REFERENCES account_metrics(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_post_metrics_id_idx\` ON \`payload_locked_documents_rels\` (\`post_metrics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_account_metrics_id_idx\` ON \`payload_locked_documents_rels\` (\`account_metrics_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_title_candidates\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_title_candidates\`;`)
  await db.run(sql`DROP TABLE \`videos_title_candidates\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_version_title_candidates\`;`)
  await db.run(sql`DROP TABLE \`campaigns_kpis\`;`)
  await db.run(sql`DROP TABLE \`platform_accounts_targets\`;`)
  await db.run(sql`DROP TABLE \`post_metrics\`;`)
  await db.run(sql`DROP TABLE \`post_metrics_rels\`;`)
  await db.run(sql`DROP TABLE \`account_metrics\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	FOREIGN KEY (\`sensitive_words_id\`) REFERENCES \`sensitive_words\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_logs_id\`) REFERENCES \`review_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assist_usage_id\`) REFERENCES \`assist_usage\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "videos_id", "posters_id", "campaigns_id", "calendar_entries_id", "media_id", "platform_accounts_id", "deliveries_id", "sensitive_words_id", "review_logs_id", "notifications_id", "assist_usage_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "videos_id", "posters_id", "campaigns_id", "calendar_entries_id", "media_id", "platform_accounts_id", "deliveries_id", "sensitive_words_id", "review_logs_id", "notifications_id", "assist_usage_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sensitive_words_id_idx\` ON \`payload_locked_documents_rels\` (\`sensitive_words_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_logs_id_idx\` ON \`payload_locked_documents_rels\` (\`review_logs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assist_usage_id_idx\` ON \`payload_locked_documents_rels\` (\`assist_usage_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`calendar_entries\` DROP COLUMN \`title_variant\`;`)
  await db.run(sql`ALTER TABLE \`platform_accounts\` DROP COLUMN \`stats_health_status\`;`)
  await db.run(sql`ALTER TABLE \`platform_accounts\` DROP COLUMN \`stats_health_message\`;`)
  await db.run(sql`ALTER TABLE \`platform_accounts\` DROP COLUMN \`stats_health_code\`;`)
  await db.run(sql`ALTER TABLE \`platform_accounts\` DROP COLUMN \`stats_health_last_run_at\`;`)
  await db.run(sql`ALTER TABLE \`platform_accounts\` DROP COLUMN \`stats_health_last_success_at\`;`)
  await db.run(sql`ALTER TABLE \`platform_accounts\` DROP COLUMN \`stats_health_blocked_until\`;`)
  await db.run(sql`ALTER TABLE \`platform_accounts\` DROP COLUMN \`stats_health_backfilled_at\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`title_variant\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`weekly_output_target\`;`)
}
