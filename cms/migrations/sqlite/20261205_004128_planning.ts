import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`topics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`angle\` text,
  	\`pillar\` text,
  	\`source\` text,
  	\`festival_id\` integer,
  	\`campaign_id\` integer,
  	\`feature\` integer DEFAULT false,
  	\`owner_id\` integer,
  	\`due_date\` text,
  	\`duedate_tz\` text DEFAULT 'Asia/Shanghai',
  	\`state\` text DEFAULT 'idea' NOT NULL,
  	\`approved_by_id\` integer,
  	\`approved_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`festival_id\`) REFERENCES \`festivals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_festival_idx\` ON \`topics\` (\`festival_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_campaign_idx\` ON \`topics\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_owner_idx\` ON \`topics\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_due_date_idx\` ON \`topics\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`topics_state_idx\` ON \`topics\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`topics_approved_by_idx\` ON \`topics\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`topics_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`platform_accounts_id\` integer,
  	\`articles_id\` integer,
  	\`videos_id\` integer,
  	\`posters_id\` integer,
  	\`notes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`platform_accounts_id\`) REFERENCES \`platform_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posters_id\`) REFERENCES \`posters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notes_id\`) REFERENCES \`notes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_rels_order_idx\` ON \`topics_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_parent_idx\` ON \`topics_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_path_idx\` ON \`topics_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_platform_accounts_id_idx\` ON \`topics_rels\` (\`platform_accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_articles_id_idx\` ON \`topics_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_videos_id_idx\` ON \`topics_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_posters_id_idx\` ON \`topics_rels\` (\`posters_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_notes_id_idx\` ON \`topics_rels\` (\`notes_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_budget_lines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`category\` text NOT NULL,
  	\`channel\` text,
  	\`label\` text,
  	\`planned\` numeric NOT NULL,
  	\`spent\` numeric DEFAULT 0,
  	\`approval\` text DEFAULT 'not_needed',
  	\`approved_by_id\` integer,
  	\`approved_at\` text,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_budget_lines_order_idx\` ON \`campaigns_budget_lines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_budget_lines_parent_id_idx\` ON \`campaigns_budget_lines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_budget_lines_approved_by_idx\` ON \`campaigns_budget_lines\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_deliverables\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`owner_id\` integer,
  	\`due_date\` text,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_deliverables_order_idx\` ON \`campaigns_deliverables\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_deliverables_parent_id_idx\` ON \`campaigns_deliverables\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_deliverables_owner_idx\` ON \`campaigns_deliverables\` (\`owner_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`videos_id\` integer,
  	\`posters_id\` integer,
  	\`notes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posters_id\`) REFERENCES \`posters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notes_id\`) REFERENCES \`notes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_rels_order_idx\` ON \`campaigns_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_parent_idx\` ON \`campaigns_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_path_idx\` ON \`campaigns_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_articles_id_idx\` ON \`campaigns_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_videos_id_idx\` ON \`campaigns_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_posters_id_idx\` ON \`campaigns_rels\` (\`posters_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_notes_id_idx\` ON \`campaigns_rels\` (\`notes_id\`);`)
  await db.run(sql`CREATE TABLE \`campaign_templates_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaign_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_templates_channels_order_idx\` ON \`campaign_templates_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaign_templates_channels_parent_idx\` ON \`campaign_templates_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaign_templates_kpis\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_templates_kpis_order_idx\` ON \`campaign_templates_kpis\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaign_templates_kpis_parent_id_idx\` ON \`campaign_templates_kpis\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_templates_kpis_account_idx\` ON \`campaign_templates_kpis\` (\`account_id\`);`)
  await db.run(sql`CREATE TABLE \`campaign_templates_budget_lines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`category\` text NOT NULL,
  	\`channel\` text,
  	\`label\` text,
  	\`planned\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_templates_budget_lines_order_idx\` ON \`campaign_templates_budget_lines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaign_templates_budget_lines_parent_id_idx\` ON \`campaign_templates_budget_lines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaign_templates_deliverables\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`due_offset_days\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_templates_deliverables_order_idx\` ON \`campaign_templates_deliverables\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaign_templates_deliverables_parent_id_idx\` ON \`campaign_templates_deliverables\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaign_templates\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`source_campaign_id\` integer,
  	\`goal\` text,
  	\`brief\` text,
  	\`duration_days\` numeric,
  	\`what_worked\` text,
  	\`lessons\` text,
  	\`results\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`source_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_templates_source_campaign_idx\` ON \`campaign_templates\` (\`source_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_templates_updated_at_idx\` ON \`campaign_templates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaign_templates_created_at_idx\` ON \`campaign_templates\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`festivals_checklist\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`task\` text NOT NULL,
  	\`days_before\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`festivals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`festivals_checklist_order_idx\` ON \`festivals_checklist\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`festivals_checklist_parent_id_idx\` ON \`festivals_checklist\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`festivals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`calendar\` text DEFAULT 'solar' NOT NULL,
  	\`month\` numeric,
  	\`day\` numeric,
  	\`term\` text,
  	\`kind\` text DEFAULT 'marketing',
  	\`lead_days\` numeric DEFAULT 14 NOT NULL,
  	\`enabled\` integer DEFAULT true,
  	\`owner_id\` integer,
  	\`reminded_for\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`festivals_owner_idx\` ON \`festivals\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`festivals_updated_at_idx\` ON \`festivals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`festivals_created_at_idx\` ON \`festivals\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`planning_settings_pillars\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`planning_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`planning_settings_pillars_order_idx\` ON \`planning_settings_pillars\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`planning_settings_pillars_parent_id_idx\` ON \`planning_settings_pillars\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`planning_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`features_per_week\` numeric DEFAULT 1,
  	\`budget_approval_threshold\` numeric DEFAULT 5000,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`topic_id\` integer REFERENCES topics(id);`)
  await db.run(sql`CREATE INDEX \`articles_topic_idx\` ON \`articles\` (\`topic_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_topic_id\` integer REFERENCES topics(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_topic_idx\` ON \`_articles_v\` (\`version_topic_id\`);`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`topic_id\` integer REFERENCES topics(id);`)
  await db.run(sql`CREATE INDEX \`videos_topic_idx\` ON \`videos\` (\`topic_id\`);`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_topic_id\` integer REFERENCES topics(id);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_topic_idx\` ON \`_videos_v\` (\`version_topic_id\`);`)
  await db.run(sql`ALTER TABLE \`posters\` ADD \`topic_id\` integer REFERENCES topics(id);`)
  await db.run(sql`CREATE INDEX \`posters_topic_idx\` ON \`posters\` (\`topic_id\`);`)
  await db.run(sql`ALTER TABLE \`_posters_v\` ADD \`version_topic_id\` integer REFERENCES topics(id);`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_version_topic_idx\` ON \`_posters_v\` (\`version_topic_id\`);`)
  await db.run(sql`ALTER TABLE \`notes\` ADD \`topic_id\` integer REFERENCES topics(id);`)
  await db.run(sql`CREATE INDEX \`notes_topic_idx\` ON \`notes\` (\`topic_id\`);`)
  await db.run(sql`ALTER TABLE \`_notes_v\` ADD \`version_topic_id\` integer REFERENCES topics(id);`)
  await db.run(sql`CREATE INDEX \`_notes_v_version_version_topic_idx\` ON \`_notes_v\` (\`version_topic_id\`);`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`retro_what_worked\` text;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`retro_lessons\` text;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`template_id\` integer REFERENCES campaign_templates(id);`)
  await db.run(sql`CREATE INDEX \`campaigns_template_idx\` ON \`campaigns\` (\`template_id\`);`)
  await db.run(sql`ALTER TABLE \`calendar_entries\` ADD \`topic_id\` integer REFERENCES topics(id);`)
  await db.run(sql`CREATE INDEX \`calendar_entries_topic_idx\` ON \`calendar_entries\` (\`topic_id\`);`)
  await db.run(sql`ALTER TABLE \`platform_accounts\` ADD \`cadence_count\` numeric;`)
  await db.run(sql`ALTER TABLE \`platform_accounts\` ADD \`cadence_per\` text DEFAULT 'week';`)
  await db.run(sql`ALTER TABLE \`notifications_rels\` ADD \`topics_id\` integer REFERENCES topics(id);`)
  await db.run(sql`ALTER TABLE \`notifications_rels\` ADD \`festivals_id\` integer REFERENCES festivals(id);`)
  await db.run(sql`ALTER TABLE \`notifications_rels\` ADD \`campaigns_id\` integer REFERENCES campaigns(id);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_topics_id_idx\` ON \`notifications_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_festivals_id_idx\` ON \`notifications_rels\` (\`festivals_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_campaigns_id_idx\` ON \`notifications_rels\` (\`campaigns_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`topics_id\` integer REFERENCES topics(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`campaign_templates_id\` integer REFERENCES campaign_templates(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`festivals_id\` integer REFERENCES festivals(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaign_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`campaign_templates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_festivals_id_idx\` ON \`payload_locked_documents_rels\` (\`festivals_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics_rels\`;`)
  await db.run(sql`DROP TABLE \`campaigns_budget_lines\`;`)
  await db.run(sql`DROP TABLE \`campaigns_deliverables\`;`)
  await db.run(sql`DROP TABLE \`campaigns_rels\`;`)
  await db.run(sql`DROP TABLE \`campaign_templates_channels\`;`)
  await db.run(sql`DROP TABLE \`campaign_templates_kpis\`;`)
  await db.run(sql`DROP TABLE \`campaign_templates_budget_lines\`;`)
  await db.run(sql`DROP TABLE \`campaign_templates_deliverables\`;`)
  await db.run(sql`DROP TABLE \`campaign_templates\`;`)
  await db.run(sql`DROP TABLE \`festivals_checklist\`;`)
  await db.run(sql`DROP TABLE \`festivals\`;`)
  await db.run(sql`DROP TABLE \`planning_settings_pillars\`;`)
  await db.run(sql`DROP TABLE \`planning_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`body\` text,
  	\`digest\` text,
  	\`author\` text,
  	\`cover_id\` integer,
  	\`theme\` text,
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
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "title", "slug", "body", "digest", "author", "cover_id", "theme", "campaign_id", "owner_id", "status", "approved_version", "approved_by_id", "published_version", "findings", "fingerprint", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "body", "digest", "author", "cover_id", "theme", "campaign_id", "owner_id", "status", "approved_version", "approved_by_id", "published_version", "findings", "fingerprint", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_cover_idx\` ON \`articles\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_campaign_idx\` ON \`articles\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_owner_idx\` ON \`articles\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_status_idx\` ON \`articles\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`articles_approved_by_idx\` ON \`articles\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_body\` text,
  	\`version_digest\` text,
  	\`version_author\` text,
  	\`version_cover_id\` integer,
  	\`version_theme\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_slug", "version_body", "version_digest", "version_author", "version_cover_id", "version_theme", "version_campaign_id", "version_owner_id", "version_status", "version_approved_version", "version_approved_by_id", "version_published_version", "version_findings", "version_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_slug", "version_body", "version_digest", "version_author", "version_cover_id", "version_theme", "version_campaign_id", "version_owner_id", "version_status", "version_approved_version", "version_approved_by_id", "version_published_version", "version_findings", "version_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_cover_idx\` ON \`_articles_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_campaign_idx\` ON \`_articles_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_owner_idx\` ON \`_articles_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_status_idx\` ON \`_articles_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_approved_by_idx\` ON \`_articles_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_videos\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`description\` text,
  	\`file_id\` integer,
  	\`cover_id\` integer,
  	\`stage\` text DEFAULT 'script',
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
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_videos\`("id", "title", "description", "file_id", "cover_id", "stage", "campaign_id", "owner_id", "status", "approved_version", "approved_by_id", "published_version", "findings", "fingerprint", "updated_at", "created_at", "_status") SELECT "id", "title", "description", "file_id", "cover_id", "stage", "campaign_id", "owner_id", "status", "approved_version", "approved_by_id", "published_version", "findings", "fingerprint", "updated_at", "created_at", "_status" FROM \`videos\`;`)
  await db.run(sql`DROP TABLE \`videos\`;`)
  await db.run(sql`ALTER TABLE \`__new_videos\` RENAME TO \`videos\`;`)
  await db.run(sql`CREATE INDEX \`videos_file_idx\` ON \`videos\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_cover_idx\` ON \`videos\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_campaign_idx\` ON \`videos\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_owner_idx\` ON \`videos\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_status_idx\` ON \`videos\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`videos_approved_by_idx\` ON \`videos\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_updated_at_idx\` ON \`videos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`videos_created_at_idx\` ON \`videos\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`videos__status_idx\` ON \`videos\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__videos_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_description\` text,
  	\`version_file_id\` integer,
  	\`version_cover_id\` integer,
  	\`version_stage\` text DEFAULT 'script',
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__videos_v\`("id", "parent_id", "version_title", "version_description", "version_file_id", "version_cover_id", "version_stage", "version_campaign_id", "version_owner_id", "version_status", "version_approved_version", "version_approved_by_id", "version_published_version", "version_findings", "version_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_description", "version_file_id", "version_cover_id", "version_stage", "version_campaign_id", "version_owner_id", "version_status", "version_approved_version", "version_approved_by_id", "version_published_version", "version_findings", "version_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_videos_v\`;`)
  await db.run(sql`DROP TABLE \`_videos_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__videos_v\` RENAME TO \`_videos_v\`;`)
  await db.run(sql`CREATE INDEX \`_videos_v_parent_idx\` ON \`_videos_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_file_idx\` ON \`_videos_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_cover_idx\` ON \`_videos_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_campaign_idx\` ON \`_videos_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_owner_idx\` ON \`_videos_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_status_idx\` ON \`_videos_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_approved_by_idx\` ON \`_videos_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_updated_at_idx\` ON \`_videos_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_created_at_idx\` ON \`_videos_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version__status_idx\` ON \`_videos_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_created_at_idx\` ON \`_videos_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_updated_at_idx\` ON \`_videos_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_latest_idx\` ON \`_videos_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_autosave_idx\` ON \`_videos_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_posters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`image_id\` integer,
  	\`template\` text,
  	\`headline\` text,
  	\`copy\` text,
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
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_posters\`("id", "title", "image_id", "template", "headline", "copy", "campaign_id", "owner_id", "status", "approved_version", "approved_by_id", "published_version", "findings", "fingerprint", "updated_at", "created_at", "_status") SELECT "id", "title", "image_id", "template", "headline", "copy", "campaign_id", "owner_id", "status", "approved_version", "approved_by_id", "published_version", "findings", "fingerprint", "updated_at", "created_at", "_status" FROM \`posters\`;`)
  await db.run(sql`DROP TABLE \`posters\`;`)
  await db.run(sql`ALTER TABLE \`__new_posters\` RENAME TO \`posters\`;`)
  await db.run(sql`CREATE INDEX \`posters_image_idx\` ON \`posters\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`posters_campaign_idx\` ON \`posters\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`posters_owner_idx\` ON \`posters\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`posters_status_idx\` ON \`posters\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`posters_approved_by_idx\` ON \`posters\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`posters_updated_at_idx\` ON \`posters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`posters_created_at_idx\` ON \`posters\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`posters__status_idx\` ON \`posters\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__posters_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_image_id\` integer,
  	\`version_template\` text,
  	\`version_headline\` text,
  	\`version_copy\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`posters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__posters_v\`("id", "parent_id", "version_title", "version_image_id", "version_template", "version_headline", "version_copy", "version_campaign_id", "version_owner_id", "version_status", "version_approved_version", "version_approved_by_id", "version_published_version", "version_findings", "version_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_image_id", "version_template", "version_headline", "version_copy", "version_campaign_id", "version_owner_id", "version_status", "version_approved_version", "version_approved_by_id", "version_published_version", "version_findings", "version_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_posters_v\`;`)
  await db.run(sql`DROP TABLE \`_posters_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__posters_v\` RENAME TO \`_posters_v\`;`)
  await db.run(sql`CREATE INDEX \`_posters_v_parent_idx\` ON \`_posters_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_version_image_idx\` ON \`_posters_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_version_campaign_idx\` ON \`_posters_v\` (\`version_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_version_owner_idx\` ON \`_posters_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_version_status_idx\` ON \`_posters_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_version_approved_by_idx\` ON \`_posters_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_version_updated_at_idx\` ON \`_posters_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_version_created_at_idx\` ON \`_posters_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_version_version__status_idx\` ON \`_posters_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_created_at_idx\` ON \`_posters_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_updated_at_idx\` ON \`_posters_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_latest_idx\` ON \`_posters_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_posters_v_autosave_idx\` ON \`_posters_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_notes\` (
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
  await db.run(sql`INSERT INTO \`__new_notes\`("id", "title", "body", "campaign_id", "owner_id", "status", "approved_version", "approved_by_id", "published_version", "findings", "fingerprint", "updated_at", "created_at", "_status") SELECT "id", "title", "body", "campaign_id", "owner_id", "status", "approved_version", "approved_by_id", "published_version", "findings", "fingerprint", "updated_at", "created_at", "_status" FROM \`notes\`;`)
  await db.run(sql`DROP TABLE \`notes\`;`)
  await db.run(sql`ALTER TABLE \`__new_notes\` RENAME TO \`notes\`;`)
  await db.run(sql`CREATE INDEX \`notes_campaign_idx\` ON \`notes\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`notes_owner_idx\` ON \`notes\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`notes_status_idx\` ON \`notes\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`notes_approved_by_idx\` ON \`notes\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`notes_updated_at_idx\` ON \`notes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notes_created_at_idx\` ON \`notes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`notes__status_idx\` ON \`notes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__notes_v\` (
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
  await db.run(sql`INSERT INTO \`__new__notes_v\`("id", "parent_id", "version_title", "version_body", "version_campaign_id", "version_owner_id", "version_status", "version_approved_version", "version_approved_by_id", "version_published_version", "version_findings", "version_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_body", "version_campaign_id", "version_owner_id", "version_status", "version_approved_version", "version_approved_by_id", "version_published_version", "version_findings", "version_fingerprint", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_notes_v\`;`)
  await db.run(sql`DROP TABLE \`_notes_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__notes_v\` RENAME TO \`_notes_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`goal\` text,
  	\`starts_at\` text,
  	\`startsat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'Asia/Shanghai',
  	\`brief\` text,
  	\`color\` text DEFAULT '#07c160',
  	\`owner_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_campaigns\`("id", "name", "goal", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "brief", "color", "owner_id", "updated_at", "created_at") SELECT "id", "name", "goal", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "brief", "color", "owner_id", "updated_at", "created_at" FROM \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`ALTER TABLE \`__new_campaigns\` RENAME TO \`campaigns\`;`)
  await db.run(sql`CREATE INDEX \`campaigns_owner_idx\` ON \`campaigns\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_calendar_entries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`campaign_id\` integer,
  	\`account_id\` integer NOT NULL,
  	\`mode\` text,
  	\`tag_id\` text,
  	\`title_variant\` numeric,
  	\`publish_at\` text NOT NULL,
  	\`publishat_tz\` text DEFAULT 'Asia/Shanghai' NOT NULL,
  	\`state\` text DEFAULT 'planned' NOT NULL,
  	\`actor_ip\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`platform_accounts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_calendar_entries\`("id", "title", "campaign_id", "account_id", "mode", "tag_id", "title_variant", "publish_at", "publishat_tz", "state", "actor_ip", "updated_at", "created_at") SELECT "id", "title", "campaign_id", "account_id", "mode", "tag_id", "title_variant", "publish_at", "publishat_tz", "state", "actor_ip", "updated_at", "created_at" FROM \`calendar_entries\`;`)
  await db.run(sql`DROP TABLE \`calendar_entries\`;`)
  await db.run(sql`ALTER TABLE \`__new_calendar_entries\` RENAME TO \`calendar_entries\`;`)
  await db.run(sql`CREATE INDEX \`calendar_entries_campaign_idx\` ON \`calendar_entries\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`calendar_entries_account_idx\` ON \`calendar_entries\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`calendar_entries_publish_at_idx\` ON \`calendar_entries\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`calendar_entries_state_idx\` ON \`calendar_entries\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`calendar_entries_updated_at_idx\` ON \`calendar_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`calendar_entries_created_at_idx\` ON \`calendar_entries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_notifications_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`videos_id\` integer,
  	\`posters_id\` integer,
  	\`notes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posters_id\`) REFERENCES \`posters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notes_id\`) REFERENCES \`notes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_notifications_rels\`("id", "order", "parent_id", "path", "articles_id", "videos_id", "posters_id", "notes_id") SELECT "id", "order", "parent_id", "path", "articles_id", "videos_id", "posters_id", "notes_id" FROM \`notifications_rels\`;`)
  await db.run(sql`DROP TABLE \`notifications_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_notifications_rels\` RENAME TO \`notifications_rels\`;`)
  await db.run(sql`CREATE INDEX \`notifications_rels_order_idx\` ON \`notifications_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_parent_idx\` ON \`notifications_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_path_idx\` ON \`notifications_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_articles_id_idx\` ON \`notifications_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_videos_id_idx\` ON \`notifications_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_posters_id_idx\` ON \`notifications_rels\` (\`posters_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_rels_notes_id_idx\` ON \`notifications_rels\` (\`notes_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`videos_id\` integer,
  	\`posters_id\` integer,
  	\`notes_id\` integer,
  	\`comments_id\` integer,
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
  	FOREIGN KEY (\`notes_id\`) REFERENCES \`notes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "videos_id", "posters_id", "notes_id", "comments_id", "campaigns_id", "calendar_entries_id", "media_id", "platform_accounts_id", "deliveries_id", "post_metrics_id", "account_metrics_id", "metric_days_id", "sensitive_words_id", "review_logs_id", "notifications_id", "assist_usage_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "videos_id", "posters_id", "notes_id", "comments_id", "campaigns_id", "calendar_entries_id", "media_id", "platform_accounts_id", "deliveries_id", "post_metrics_id", "account_metrics_id", "metric_days_id", "sensitive_words_id", "review_logs_id", "notifications_id", "assist_usage_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_videos_id_idx\` ON \`payload_locked_documents_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_posters_id_idx\` ON \`payload_locked_documents_rels\` (\`posters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notes_id_idx\` ON \`payload_locked_documents_rels\` (\`notes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
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
  await db.run(sql`ALTER TABLE \`platform_accounts\` DROP COLUMN \`cadence_count\`;`)
  await db.run(sql`ALTER TABLE \`platform_accounts\` DROP COLUMN \`cadence_per\`;`)
}
