import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_topics_source" AS ENUM('hotspot', 'festival', 'feedback', 'competitor');
  CREATE TYPE "public"."enum_topics_duedate_tz" AS ENUM('Asia/Shanghai', 'UTC', 'Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji');
  CREATE TYPE "public"."enum_topics_state" AS ENUM('idea', 'approved', 'in_production', 'done');
  CREATE TYPE "public"."enum_campaigns_budget_lines_category" AS ENUM('production', 'ads', 'prizes', 'other');
  CREATE TYPE "public"."enum_campaigns_budget_lines_channel" AS ENUM('wechat', 'weibo', 'toutiao', 'douyin', 'xiaohongshu', 'channels');
  CREATE TYPE "public"."enum_campaigns_budget_lines_approval" AS ENUM('not_needed', 'pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_campaign_templates_channels" AS ENUM('wechat', 'weibo', 'toutiao', 'douyin', 'xiaohongshu', 'channels');
  CREATE TYPE "public"."enum_campaign_templates_kpis_metric" AS ENUM('openRate', 'interactionRate', 'readers', 'reads', 'plays', 'interactions', 'newFollowers', 'followers', 'posts');
  CREATE TYPE "public"."enum_campaign_templates_kpis_comparison" AS ENUM('atLeast', 'atMost');
  CREATE TYPE "public"."enum_campaign_templates_kpis_period" AS ENUM('campaign', 'day', 'week', 'month', 'post');
  CREATE TYPE "public"."enum_campaign_templates_kpis_platform" AS ENUM('wechat', 'weibo', 'toutiao', 'douyin', 'xiaohongshu', 'channels');
  CREATE TYPE "public"."enum_campaign_templates_budget_lines_category" AS ENUM('production', 'ads', 'prizes', 'other');
  CREATE TYPE "public"."enum_campaign_templates_budget_lines_channel" AS ENUM('wechat', 'weibo', 'toutiao', 'douyin', 'xiaohongshu', 'channels');
  CREATE TYPE "public"."enum_festivals_calendar" AS ENUM('solar', 'lunar', 'solar_term');
  CREATE TYPE "public"."enum_festivals_term" AS ENUM('lichun', 'qingming', 'lixia', 'xiazhi', 'liqiu', 'lidong', 'dongzhi');
  CREATE TYPE "public"."enum_festivals_kind" AS ENUM('holiday', 'shopping', 'marketing');
  CREATE TYPE "public"."enum_platform_accounts_cadence_per" AS ENUM('day', 'week');
  ALTER TYPE "public"."enum_calendar_entries_state" ADD VALUE 'awaiting_content' BEFORE 'waiting_approval';
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"angle" varchar,
  	"pillar" varchar,
  	"source" "enum_topics_source",
  	"festival_id" integer,
  	"campaign_id" integer,
  	"feature" boolean DEFAULT false,
  	"owner_id" integer,
  	"due_date" timestamp(3) with time zone,
  	"duedate_tz" "enum_topics_duedate_tz" DEFAULT 'Asia/Shanghai',
  	"state" "enum_topics_state" DEFAULT 'idea' NOT NULL,
  	"approved_by_id" integer,
  	"approved_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "topics_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"platform_accounts_id" integer,
  	"articles_id" integer,
  	"videos_id" integer,
  	"posters_id" integer,
  	"notes_id" integer
  );
  
  CREATE TABLE "campaigns_budget_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"category" "enum_campaigns_budget_lines_category" NOT NULL,
  	"channel" "enum_campaigns_budget_lines_channel",
  	"label" varchar,
  	"planned" numeric NOT NULL,
  	"spent" numeric DEFAULT 0,
  	"approval" "enum_campaigns_budget_lines_approval" DEFAULT 'not_needed',
  	"approved_by_id" integer,
  	"approved_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "campaigns_deliverables" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"owner_id" integer,
  	"due_date" timestamp(3) with time zone
  );
  
  CREATE TABLE "campaigns_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"videos_id" integer,
  	"posters_id" integer,
  	"notes_id" integer
  );
  
  CREATE TABLE "campaign_templates_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_campaign_templates_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "campaign_templates_kpis" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"metric" "enum_campaign_templates_kpis_metric" NOT NULL,
  	"comparison" "enum_campaign_templates_kpis_comparison" DEFAULT 'atLeast' NOT NULL,
  	"target" numeric NOT NULL,
  	"period" "enum_campaign_templates_kpis_period" DEFAULT 'campaign' NOT NULL,
  	"platform" "enum_campaign_templates_kpis_platform",
  	"account_id" integer
  );
  
  CREATE TABLE "campaign_templates_budget_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"category" "enum_campaign_templates_budget_lines_category" NOT NULL,
  	"channel" "enum_campaign_templates_budget_lines_channel",
  	"label" varchar,
  	"planned" numeric NOT NULL
  );
  
  CREATE TABLE "campaign_templates_deliverables" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"due_offset_days" numeric
  );
  
  CREATE TABLE "campaign_templates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"source_campaign_id" integer,
  	"goal" varchar,
  	"brief" varchar,
  	"duration_days" numeric,
  	"what_worked" varchar,
  	"lessons" varchar,
  	"results" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "festivals_checklist" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"task" varchar NOT NULL,
  	"days_before" numeric
  );
  
  CREATE TABLE "festivals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"calendar" "enum_festivals_calendar" DEFAULT 'solar' NOT NULL,
  	"month" numeric,
  	"day" numeric,
  	"term" "enum_festivals_term",
  	"kind" "enum_festivals_kind" DEFAULT 'marketing',
  	"lead_days" numeric DEFAULT 14 NOT NULL,
  	"enabled" boolean DEFAULT true,
  	"owner_id" integer,
  	"reminded_for" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "planning_settings_pillars" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL
  );
  
  CREATE TABLE "planning_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"features_per_week" numeric DEFAULT 1,
  	"budget_approval_threshold" numeric DEFAULT 5000,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "articles" ADD COLUMN "topic_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_topic_id" integer;
  ALTER TABLE "videos" ADD COLUMN "topic_id" integer;
  ALTER TABLE "_videos_v" ADD COLUMN "version_topic_id" integer;
  ALTER TABLE "posters" ADD COLUMN "topic_id" integer;
  ALTER TABLE "_posters_v" ADD COLUMN "version_topic_id" integer;
  ALTER TABLE "notes" ADD COLUMN "topic_id" integer;
  ALTER TABLE "_notes_v" ADD COLUMN "version_topic_id" integer;
  ALTER TABLE "campaigns" ADD COLUMN "retro_what_worked" varchar;
  ALTER TABLE "campaigns" ADD COLUMN "retro_lessons" varchar;
  ALTER TABLE "campaigns" ADD COLUMN "template_id" integer;
  ALTER TABLE "calendar_entries" ADD COLUMN "topic_id" integer;
  ALTER TABLE "platform_accounts" ADD COLUMN "cadence_count" numeric;
  ALTER TABLE "platform_accounts" ADD COLUMN "cadence_per" "enum_platform_accounts_cadence_per" DEFAULT 'week';
  ALTER TABLE "notifications_rels" ADD COLUMN "topics_id" integer;
  ALTER TABLE "notifications_rels" ADD COLUMN "festivals_id" integer;
  ALTER TABLE "notifications_rels" ADD COLUMN "campaigns_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "topics_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "campaign_templates_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "festivals_id" integer;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_festival_id_festivals_id_fk" FOREIGN KEY ("festival_id") REFERENCES "public"."festivals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_platform_accounts_fk" FOREIGN KEY ("platform_accounts_id") REFERENCES "public"."platform_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_posters_fk" FOREIGN KEY ("posters_id") REFERENCES "public"."posters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_notes_fk" FOREIGN KEY ("notes_id") REFERENCES "public"."notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_budget_lines" ADD CONSTRAINT "campaigns_budget_lines_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_budget_lines" ADD CONSTRAINT "campaigns_budget_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_deliverables" ADD CONSTRAINT "campaigns_deliverables_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_deliverables" ADD CONSTRAINT "campaigns_deliverables_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_posters_fk" FOREIGN KEY ("posters_id") REFERENCES "public"."posters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_notes_fk" FOREIGN KEY ("notes_id") REFERENCES "public"."notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaign_templates_channels" ADD CONSTRAINT "campaign_templates_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaign_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaign_templates_kpis" ADD CONSTRAINT "campaign_templates_kpis_account_id_platform_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."platform_accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaign_templates_kpis" ADD CONSTRAINT "campaign_templates_kpis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaign_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaign_templates_budget_lines" ADD CONSTRAINT "campaign_templates_budget_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaign_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaign_templates_deliverables" ADD CONSTRAINT "campaign_templates_deliverables_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaign_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaign_templates" ADD CONSTRAINT "campaign_templates_source_campaign_id_campaigns_id_fk" FOREIGN KEY ("source_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "festivals_checklist" ADD CONSTRAINT "festivals_checklist_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."festivals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "festivals" ADD CONSTRAINT "festivals_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "planning_settings_pillars" ADD CONSTRAINT "planning_settings_pillars_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."planning_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "topics_festival_idx" ON "topics" USING btree ("festival_id");
  CREATE INDEX "topics_campaign_idx" ON "topics" USING btree ("campaign_id");
  CREATE INDEX "topics_owner_idx" ON "topics" USING btree ("owner_id");
  CREATE INDEX "topics_due_date_idx" ON "topics" USING btree ("due_date");
  CREATE INDEX "topics_state_idx" ON "topics" USING btree ("state");
  CREATE INDEX "topics_approved_by_idx" ON "topics" USING btree ("approved_by_id");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE INDEX "topics_rels_order_idx" ON "topics_rels" USING btree ("order");
  CREATE INDEX "topics_rels_parent_idx" ON "topics_rels" USING btree ("parent_id");
  CREATE INDEX "topics_rels_path_idx" ON "topics_rels" USING btree ("path");
  CREATE INDEX "topics_rels_platform_accounts_id_idx" ON "topics_rels" USING btree ("platform_accounts_id");
  CREATE INDEX "topics_rels_articles_id_idx" ON "topics_rels" USING btree ("articles_id");
  CREATE INDEX "topics_rels_videos_id_idx" ON "topics_rels" USING btree ("videos_id");
  CREATE INDEX "topics_rels_posters_id_idx" ON "topics_rels" USING btree ("posters_id");
  CREATE INDEX "topics_rels_notes_id_idx" ON "topics_rels" USING btree ("notes_id");
  CREATE INDEX "campaigns_budget_lines_order_idx" ON "campaigns_budget_lines" USING btree ("_order");
  CREATE INDEX "campaigns_budget_lines_parent_id_idx" ON "campaigns_budget_lines" USING btree ("_parent_id");
  CREATE INDEX "campaigns_budget_lines_approved_by_idx" ON "campaigns_budget_lines" USING btree ("approved_by_id");
  CREATE INDEX "campaigns_deliverables_order_idx" ON "campaigns_deliverables" USING btree ("_order");
  CREATE INDEX "campaigns_deliverables_parent_id_idx" ON "campaigns_deliverables" USING btree ("_parent_id");
  CREATE INDEX "campaigns_deliverables_owner_idx" ON "campaigns_deliverables" USING btree ("owner_id");
  CREATE INDEX "campaigns_rels_order_idx" ON "campaigns_rels" USING btree ("order");
  CREATE INDEX "campaigns_rels_parent_idx" ON "campaigns_rels" USING btree ("parent_id");
  CREATE INDEX "campaigns_rels_path_idx" ON "campaigns_rels" USING btree ("path");
  CREATE INDEX "campaigns_rels_articles_id_idx" ON "campaigns_rels" USING btree ("articles_id");
  CREATE INDEX "campaigns_rels_videos_id_idx" ON "campaigns_rels" USING btree ("videos_id");
  CREATE INDEX "campaigns_rels_posters_id_idx" ON "campaigns_rels" USING btree ("posters_id");
  CREATE INDEX "campaigns_rels_notes_id_idx" ON "campaigns_rels" USING btree ("notes_id");
  CREATE INDEX "campaign_templates_channels_order_idx" ON "campaign_templates_channels" USING btree ("order");
  CREATE INDEX "campaign_templates_channels_parent_idx" ON "campaign_templates_channels" USING btree ("parent_id");
  CREATE INDEX "campaign_templates_kpis_order_idx" ON "campaign_templates_kpis" USING btree ("_order");
  CREATE INDEX "campaign_templates_kpis_parent_id_idx" ON "campaign_templates_kpis" USING btree ("_parent_id");
  CREATE INDEX "campaign_templates_kpis_account_idx" ON "campaign_templates_kpis" USING btree ("account_id");
  CREATE INDEX "campaign_templates_budget_lines_order_idx" ON "campaign_templates_budget_lines" USING btree ("_order");
  CREATE INDEX "campaign_templates_budget_lines_parent_id_idx" ON "campaign_templates_budget_lines" USING btree ("_parent_id");
  CREATE INDEX "campaign_templates_deliverables_order_idx" ON "campaign_templates_deliverables" USING btree ("_order");
  CREATE INDEX "campaign_templates_deliverables_parent_id_idx" ON "campaign_templates_deliverables" USING btree ("_parent_id");
  CREATE INDEX "campaign_templates_source_campaign_idx" ON "campaign_templates" USING btree ("source_campaign_id");
  CREATE INDEX "campaign_templates_updated_at_idx" ON "campaign_templates" USING btree ("updated_at");
  CREATE INDEX "campaign_templates_created_at_idx" ON "campaign_templates" USING btree ("created_at");
  CREATE INDEX "festivals_checklist_order_idx" ON "festivals_checklist" USING btree ("_order");
  CREATE INDEX "festivals_checklist_parent_id_idx" ON "festivals_checklist" USING btree ("_parent_id");
  CREATE INDEX "festivals_owner_idx" ON "festivals" USING btree ("owner_id");
  CREATE INDEX "festivals_updated_at_idx" ON "festivals" USING btree ("updated_at");
  CREATE INDEX "festivals_created_at_idx" ON "festivals" USING btree ("created_at");
  CREATE INDEX "planning_settings_pillars_order_idx" ON "planning_settings_pillars" USING btree ("_order");
  CREATE INDEX "planning_settings_pillars_parent_id_idx" ON "planning_settings_pillars" USING btree ("_parent_id");
  ALTER TABLE "articles" ADD CONSTRAINT "articles_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_topic_id_topics_id_fk" FOREIGN KEY ("version_topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_topic_id_topics_id_fk" FOREIGN KEY ("version_topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posters" ADD CONSTRAINT "posters_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posters_v" ADD CONSTRAINT "_posters_v_version_topic_id_topics_id_fk" FOREIGN KEY ("version_topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notes" ADD CONSTRAINT "notes_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notes_v" ADD CONSTRAINT "_notes_v_version_topic_id_topics_id_fk" FOREIGN KEY ("version_topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_template_id_campaign_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."campaign_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "calendar_entries" ADD CONSTRAINT "calendar_entries_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications_rels" ADD CONSTRAINT "notifications_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notifications_rels" ADD CONSTRAINT "notifications_rels_festivals_fk" FOREIGN KEY ("festivals_id") REFERENCES "public"."festivals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notifications_rels" ADD CONSTRAINT "notifications_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaign_templates_fk" FOREIGN KEY ("campaign_templates_id") REFERENCES "public"."campaign_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_festivals_fk" FOREIGN KEY ("festivals_id") REFERENCES "public"."festivals"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_topic_idx" ON "articles" USING btree ("topic_id");
  CREATE INDEX "_articles_v_version_version_topic_idx" ON "_articles_v" USING btree ("version_topic_id");
  CREATE INDEX "videos_topic_idx" ON "videos" USING btree ("topic_id");
  CREATE INDEX "_videos_v_version_version_topic_idx" ON "_videos_v" USING btree ("version_topic_id");
  CREATE INDEX "posters_topic_idx" ON "posters" USING btree ("topic_id");
  CREATE INDEX "_posters_v_version_version_topic_idx" ON "_posters_v" USING btree ("version_topic_id");
  CREATE INDEX "notes_topic_idx" ON "notes" USING btree ("topic_id");
  CREATE INDEX "_notes_v_version_version_topic_idx" ON "_notes_v" USING btree ("version_topic_id");
  CREATE INDEX "campaigns_template_idx" ON "campaigns" USING btree ("template_id");
  CREATE INDEX "calendar_entries_topic_idx" ON "calendar_entries" USING btree ("topic_id");
  CREATE INDEX "notifications_rels_topics_id_idx" ON "notifications_rels" USING btree ("topics_id");
  CREATE INDEX "notifications_rels_festivals_id_idx" ON "notifications_rels" USING btree ("festivals_id");
  CREATE INDEX "notifications_rels_campaigns_id_idx" ON "notifications_rels" USING btree ("campaigns_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_campaign_templates_id_idx" ON "payload_locked_documents_rels" USING btree ("campaign_templates_id");
  CREATE INDEX "payload_locked_documents_rels_festivals_id_idx" ON "payload_locked_documents_rels" USING btree ("festivals_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "topics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_budget_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_deliverables" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaign_templates_channels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaign_templates_kpis" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaign_templates_budget_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaign_templates_deliverables" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaign_templates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "festivals_checklist" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "festivals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "planning_settings_pillars" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "planning_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "topics_rels" CASCADE;
  DROP TABLE "campaigns_budget_lines" CASCADE;
  DROP TABLE "campaigns_deliverables" CASCADE;
  DROP TABLE "campaigns_rels" CASCADE;
  DROP TABLE "campaign_templates_channels" CASCADE;
  DROP TABLE "campaign_templates_kpis" CASCADE;
  DROP TABLE "campaign_templates_budget_lines" CASCADE;
  DROP TABLE "campaign_templates_deliverables" CASCADE;
  DROP TABLE "campaign_templates" CASCADE;
  DROP TABLE "festivals_checklist" CASCADE;
  DROP TABLE "festivals" CASCADE;
  DROP TABLE "planning_settings_pillars" CASCADE;
  DROP TABLE "planning_settings" CASCADE;
  ALTER TABLE "articles" DROP CONSTRAINT "articles_topic_id_topics_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_topic_id_topics_id_fk";
  
  ALTER TABLE "videos" DROP CONSTRAINT "videos_topic_id_topics_id_fk";
  
  ALTER TABLE "_videos_v" DROP CONSTRAINT "_videos_v_version_topic_id_topics_id_fk";
  
  ALTER TABLE "posters" DROP CONSTRAINT "posters_topic_id_topics_id_fk";
  
  ALTER TABLE "_posters_v" DROP CONSTRAINT "_posters_v_version_topic_id_topics_id_fk";
  
  ALTER TABLE "notes" DROP CONSTRAINT "notes_topic_id_topics_id_fk";
  
  ALTER TABLE "_notes_v" DROP CONSTRAINT "_notes_v_version_topic_id_topics_id_fk";
  
  ALTER TABLE "campaigns" DROP CONSTRAINT "campaigns_template_id_campaign_templates_id_fk";
  
  ALTER TABLE "calendar_entries" DROP CONSTRAINT "calendar_entries_topic_id_topics_id_fk";
  
  ALTER TABLE "notifications_rels" DROP CONSTRAINT "notifications_rels_topics_fk";
  
  ALTER TABLE "notifications_rels" DROP CONSTRAINT "notifications_rels_festivals_fk";
  
  ALTER TABLE "notifications_rels" DROP CONSTRAINT "notifications_rels_campaigns_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_topics_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_campaign_templates_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_festivals_fk";
  
  ALTER TABLE "calendar_entries" ALTER COLUMN "state" SET DATA TYPE text;
  ALTER TABLE "calendar_entries" ALTER COLUMN "state" SET DEFAULT 'planned'::text;
  DROP TYPE "public"."enum_calendar_entries_state";
  CREATE TYPE "public"."enum_calendar_entries_state" AS ENUM('planned', 'waiting_approval', 'scheduled', 'publishing', 'published', 'missed', 'failed', 'cancelled');
  ALTER TABLE "calendar_entries" ALTER COLUMN "state" SET DEFAULT 'planned'::"public"."enum_calendar_entries_state";
  ALTER TABLE "calendar_entries" ALTER COLUMN "state" SET DATA TYPE "public"."enum_calendar_entries_state" USING "state"::"public"."enum_calendar_entries_state";
  DROP INDEX "articles_topic_idx";
  DROP INDEX "_articles_v_version_version_topic_idx";
  DROP INDEX "videos_topic_idx";
  DROP INDEX "_videos_v_version_version_topic_idx";
  DROP INDEX "posters_topic_idx";
  DROP INDEX "_posters_v_version_version_topic_idx";
  DROP INDEX "notes_topic_idx";
  DROP INDEX "_notes_v_version_version_topic_idx";
  DROP INDEX "campaigns_template_idx";
  DROP INDEX "calendar_entries_topic_idx";
  DROP INDEX "notifications_rels_topics_id_idx";
  DROP INDEX "notifications_rels_festivals_id_idx";
  DROP INDEX "notifications_rels_campaigns_id_idx";
  DROP INDEX "payload_locked_documents_rels_topics_id_idx";
  DROP INDEX "payload_locked_documents_rels_campaign_templates_id_idx";
  DROP INDEX "payload_locked_documents_rels_festivals_id_idx";
  ALTER TABLE "articles" DROP COLUMN "topic_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_topic_id";
  ALTER TABLE "videos" DROP COLUMN "topic_id";
  ALTER TABLE "_videos_v" DROP COLUMN "version_topic_id";
  ALTER TABLE "posters" DROP COLUMN "topic_id";
  ALTER TABLE "_posters_v" DROP COLUMN "version_topic_id";
  ALTER TABLE "notes" DROP COLUMN "topic_id";
  ALTER TABLE "_notes_v" DROP COLUMN "version_topic_id";
  ALTER TABLE "campaigns" DROP COLUMN "retro_what_worked";
  ALTER TABLE "campaigns" DROP COLUMN "retro_lessons";
  ALTER TABLE "campaigns" DROP COLUMN "template_id";
  ALTER TABLE "calendar_entries" DROP COLUMN "topic_id";
  ALTER TABLE "platform_accounts" DROP COLUMN "cadence_count";
  ALTER TABLE "platform_accounts" DROP COLUMN "cadence_per";
  ALTER TABLE "notifications_rels" DROP COLUMN "topics_id";
  ALTER TABLE "notifications_rels" DROP COLUMN "festivals_id";
  ALTER TABLE "notifications_rels" DROP COLUMN "campaigns_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "topics_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "campaign_templates_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "festivals_id";
  DROP TYPE "public"."enum_topics_source";
  DROP TYPE "public"."enum_topics_duedate_tz";
  DROP TYPE "public"."enum_topics_state";
  DROP TYPE "public"."enum_campaigns_budget_lines_category";
  DROP TYPE "public"."enum_campaigns_budget_lines_channel";
  DROP TYPE "public"."enum_campaigns_budget_lines_approval";
  DROP TYPE "public"."enum_campaign_templates_channels";
  DROP TYPE "public"."enum_campaign_templates_kpis_metric";
  DROP TYPE "public"."enum_campaign_templates_kpis_comparison";
  DROP TYPE "public"."enum_campaign_templates_kpis_period";
  DROP TYPE "public"."enum_campaign_templates_kpis_platform";
  DROP TYPE "public"."enum_campaign_templates_budget_lines_category";
  DROP TYPE "public"."enum_campaign_templates_budget_lines_channel";
  DROP TYPE "public"."enum_festivals_calendar";
  DROP TYPE "public"."enum_festivals_term";
  DROP TYPE "public"."enum_festivals_kind";
  DROP TYPE "public"."enum_platform_accounts_cadence_per";`)
}
