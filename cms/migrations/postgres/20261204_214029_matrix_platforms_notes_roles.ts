import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_videos_stage" AS ENUM('script', 'rough_cut', 'final_cut');
  CREATE TYPE "public"."enum__videos_v_version_stage" AS ENUM('script', 'rough_cut', 'final_cut');
  CREATE TYPE "public"."enum_notes_review_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_notes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__notes_v_version_review_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__notes_v_version_status" AS ENUM('draft', 'published');
  ALTER TYPE "public"."enum_articles_variants_platform" ADD VALUE 'douyin';
  ALTER TYPE "public"."enum_articles_variants_platform" ADD VALUE 'xiaohongshu';
  ALTER TYPE "public"."enum_articles_variants_platform" ADD VALUE 'channels';
  ALTER TYPE "public"."enum__articles_v_version_variants_platform" ADD VALUE 'douyin';
  ALTER TYPE "public"."enum__articles_v_version_variants_platform" ADD VALUE 'xiaohongshu';
  ALTER TYPE "public"."enum__articles_v_version_variants_platform" ADD VALUE 'channels';
  ALTER TYPE "public"."enum_campaigns_channels" ADD VALUE 'douyin';
  ALTER TYPE "public"."enum_campaigns_channels" ADD VALUE 'xiaohongshu';
  ALTER TYPE "public"."enum_campaigns_channels" ADD VALUE 'channels';
  ALTER TYPE "public"."enum_campaigns_kpis_platform" ADD VALUE 'douyin';
  ALTER TYPE "public"."enum_campaigns_kpis_platform" ADD VALUE 'xiaohongshu';
  ALTER TYPE "public"."enum_campaigns_kpis_platform" ADD VALUE 'channels';
  ALTER TYPE "public"."enum_platform_accounts_platform" ADD VALUE 'douyin';
  ALTER TYPE "public"."enum_platform_accounts_platform" ADD VALUE 'xiaohongshu';
  ALTER TYPE "public"."enum_platform_accounts_platform" ADD VALUE 'channels';
  ALTER TYPE "public"."enum_deliveries_state" ADD VALUE 'awaiting_operator' BEFORE 'published';
  ALTER TYPE "public"."enum_post_metrics_platform" ADD VALUE 'douyin';
  ALTER TYPE "public"."enum_post_metrics_platform" ADD VALUE 'xiaohongshu';
  ALTER TYPE "public"."enum_post_metrics_platform" ADD VALUE 'channels';
  ALTER TYPE "public"."enum_post_metrics_content_type" ADD VALUE 'note';
  ALTER TYPE "public"."enum_account_metrics_platform" ADD VALUE 'douyin';
  ALTER TYPE "public"."enum_account_metrics_platform" ADD VALUE 'xiaohongshu';
  ALTER TYPE "public"."enum_account_metrics_platform" ADD VALUE 'channels';
  ALTER TYPE "public"."enum_users_role" ADD VALUE 'video_producer';
  ALTER TYPE "public"."enum_users_role" ADD VALUE 'operator';
  CREATE TABLE "videos_script" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"scene" varchar,
  	"shot" varchar,
  	"duration" numeric,
  	"line" varchar
  );
  
  CREATE TABLE "videos_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_videos_v_version_script" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"scene" varchar,
  	"shot" varchar,
  	"duration" numeric,
  	"line" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_videos_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "notes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"body" varchar,
  	"campaign_id" integer,
  	"owner_id" integer,
  	"status" "enum_notes_review_status" DEFAULT 'draft',
  	"approved_version" varchar,
  	"approved_by_id" integer,
  	"published_version" varchar,
  	"findings" jsonb,
  	"fingerprint" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_notes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "notes_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "notes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"platform_accounts_id" integer
  );
  
  CREATE TABLE "_notes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_body" varchar,
  	"version_campaign_id" integer,
  	"version_owner_id" integer,
  	"version_status" "enum__notes_v_version_review_status" DEFAULT 'draft',
  	"version_approved_version" varchar,
  	"version_approved_by_id" integer,
  	"version_published_version" varchar,
  	"version_findings" jsonb,
  	"version_fingerprint" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__notes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_notes_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_notes_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"platform_accounts_id" integer
  );
  
  CREATE TABLE "comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"body" varchar NOT NULL,
  	"author_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "comments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"videos_id" integer,
  	"posters_id" integer,
  	"notes_id" integer
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"platform_accounts_id" integer
  );
  
  ALTER TABLE "videos" ADD COLUMN "stage" "enum_videos_stage" DEFAULT 'script';
  ALTER TABLE "_videos_v" ADD COLUMN "version_stage" "enum__videos_v_version_stage" DEFAULT 'script';
  ALTER TABLE "calendar_entries_rels" ADD COLUMN "notes_id" integer;
  ALTER TABLE "deliveries" ADD COLUMN "package" jsonb;
  ALTER TABLE "deliveries_rels" ADD COLUMN "notes_id" integer;
  ALTER TABLE "post_metrics_rels" ADD COLUMN "notes_id" integer;
  ALTER TABLE "review_logs_rels" ADD COLUMN "notes_id" integer;
  ALTER TABLE "notifications_rels" ADD COLUMN "notes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "notes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "comments_id" integer;
  ALTER TABLE "videos_script" ADD CONSTRAINT "videos_script_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_texts" ADD CONSTRAINT "videos_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_version_script" ADD CONSTRAINT "_videos_v_version_script_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_texts" ADD CONSTRAINT "_videos_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notes" ADD CONSTRAINT "notes_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notes" ADD CONSTRAINT "notes_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notes" ADD CONSTRAINT "notes_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notes_texts" ADD CONSTRAINT "notes_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notes_rels" ADD CONSTRAINT "notes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notes_rels" ADD CONSTRAINT "notes_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notes_rels" ADD CONSTRAINT "notes_rels_platform_accounts_fk" FOREIGN KEY ("platform_accounts_id") REFERENCES "public"."platform_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_notes_v" ADD CONSTRAINT "_notes_v_parent_id_notes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."notes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notes_v" ADD CONSTRAINT "_notes_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notes_v" ADD CONSTRAINT "_notes_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notes_v" ADD CONSTRAINT "_notes_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_notes_v_texts" ADD CONSTRAINT "_notes_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_notes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_notes_v_rels" ADD CONSTRAINT "_notes_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_notes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_notes_v_rels" ADD CONSTRAINT "_notes_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_notes_v_rels" ADD CONSTRAINT "_notes_v_rels_platform_accounts_fk" FOREIGN KEY ("platform_accounts_id") REFERENCES "public"."platform_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_posters_fk" FOREIGN KEY ("posters_id") REFERENCES "public"."posters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_notes_fk" FOREIGN KEY ("notes_id") REFERENCES "public"."notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_platform_accounts_fk" FOREIGN KEY ("platform_accounts_id") REFERENCES "public"."platform_accounts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "videos_script_order_idx" ON "videos_script" USING btree ("_order");
  CREATE INDEX "videos_script_parent_id_idx" ON "videos_script" USING btree ("_parent_id");
  CREATE INDEX "videos_texts_order_parent" ON "videos_texts" USING btree ("order","parent_id");
  CREATE INDEX "_videos_v_version_script_order_idx" ON "_videos_v_version_script" USING btree ("_order");
  CREATE INDEX "_videos_v_version_script_parent_id_idx" ON "_videos_v_version_script" USING btree ("_parent_id");
  CREATE INDEX "_videos_v_texts_order_parent" ON "_videos_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "notes_campaign_idx" ON "notes" USING btree ("campaign_id");
  CREATE INDEX "notes_owner_idx" ON "notes" USING btree ("owner_id");
  CREATE INDEX "notes_status_idx" ON "notes" USING btree ("status");
  CREATE INDEX "notes_approved_by_idx" ON "notes" USING btree ("approved_by_id");
  CREATE INDEX "notes_updated_at_idx" ON "notes" USING btree ("updated_at");
  CREATE INDEX "notes_created_at_idx" ON "notes" USING btree ("created_at");
  CREATE INDEX "notes__status_idx" ON "notes" USING btree ("_status");
  CREATE INDEX "notes_texts_order_parent" ON "notes_texts" USING btree ("order","parent_id");
  CREATE INDEX "notes_rels_order_idx" ON "notes_rels" USING btree ("order");
  CREATE INDEX "notes_rels_parent_idx" ON "notes_rels" USING btree ("parent_id");
  CREATE INDEX "notes_rels_path_idx" ON "notes_rels" USING btree ("path");
  CREATE INDEX "notes_rels_media_id_idx" ON "notes_rels" USING btree ("media_id");
  CREATE INDEX "notes_rels_platform_accounts_id_idx" ON "notes_rels" USING btree ("platform_accounts_id");
  CREATE INDEX "_notes_v_parent_idx" ON "_notes_v" USING btree ("parent_id");
  CREATE INDEX "_notes_v_version_version_campaign_idx" ON "_notes_v" USING btree ("version_campaign_id");
  CREATE INDEX "_notes_v_version_version_owner_idx" ON "_notes_v" USING btree ("version_owner_id");
  CREATE INDEX "_notes_v_version_version_status_idx" ON "_notes_v" USING btree ("version_status");
  CREATE INDEX "_notes_v_version_version_approved_by_idx" ON "_notes_v" USING btree ("version_approved_by_id");
  CREATE INDEX "_notes_v_version_version_updated_at_idx" ON "_notes_v" USING btree ("version_updated_at");
  CREATE INDEX "_notes_v_version_version_created_at_idx" ON "_notes_v" USING btree ("version_created_at");
  CREATE INDEX "_notes_v_version_version__status_idx" ON "_notes_v" USING btree ("version__status");
  CREATE INDEX "_notes_v_created_at_idx" ON "_notes_v" USING btree ("created_at");
  CREATE INDEX "_notes_v_updated_at_idx" ON "_notes_v" USING btree ("updated_at");
  CREATE INDEX "_notes_v_latest_idx" ON "_notes_v" USING btree ("latest");
  CREATE INDEX "_notes_v_autosave_idx" ON "_notes_v" USING btree ("autosave");
  CREATE INDEX "_notes_v_texts_order_parent" ON "_notes_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_notes_v_rels_order_idx" ON "_notes_v_rels" USING btree ("order");
  CREATE INDEX "_notes_v_rels_parent_idx" ON "_notes_v_rels" USING btree ("parent_id");
  CREATE INDEX "_notes_v_rels_path_idx" ON "_notes_v_rels" USING btree ("path");
  CREATE INDEX "_notes_v_rels_media_id_idx" ON "_notes_v_rels" USING btree ("media_id");
  CREATE INDEX "_notes_v_rels_platform_accounts_id_idx" ON "_notes_v_rels" USING btree ("platform_accounts_id");
  CREATE INDEX "comments_author_idx" ON "comments" USING btree ("author_id");
  CREATE INDEX "comments_updated_at_idx" ON "comments" USING btree ("updated_at");
  CREATE INDEX "comments_created_at_idx" ON "comments" USING btree ("created_at");
  CREATE INDEX "comments_rels_order_idx" ON "comments_rels" USING btree ("order");
  CREATE INDEX "comments_rels_parent_idx" ON "comments_rels" USING btree ("parent_id");
  CREATE INDEX "comments_rels_path_idx" ON "comments_rels" USING btree ("path");
  CREATE INDEX "comments_rels_articles_id_idx" ON "comments_rels" USING btree ("articles_id");
  CREATE INDEX "comments_rels_videos_id_idx" ON "comments_rels" USING btree ("videos_id");
  CREATE INDEX "comments_rels_posters_id_idx" ON "comments_rels" USING btree ("posters_id");
  CREATE INDEX "comments_rels_notes_id_idx" ON "comments_rels" USING btree ("notes_id");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_platform_accounts_id_idx" ON "users_rels" USING btree ("platform_accounts_id");
  ALTER TABLE "calendar_entries_rels" ADD CONSTRAINT "calendar_entries_rels_notes_fk" FOREIGN KEY ("notes_id") REFERENCES "public"."notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries_rels" ADD CONSTRAINT "deliveries_rels_notes_fk" FOREIGN KEY ("notes_id") REFERENCES "public"."notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "post_metrics_rels" ADD CONSTRAINT "post_metrics_rels_notes_fk" FOREIGN KEY ("notes_id") REFERENCES "public"."notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_logs_rels" ADD CONSTRAINT "review_logs_rels_notes_fk" FOREIGN KEY ("notes_id") REFERENCES "public"."notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notifications_rels" ADD CONSTRAINT "notifications_rels_notes_fk" FOREIGN KEY ("notes_id") REFERENCES "public"."notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notes_fk" FOREIGN KEY ("notes_id") REFERENCES "public"."notes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comments_fk" FOREIGN KEY ("comments_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "calendar_entries_rels_notes_id_idx" ON "calendar_entries_rels" USING btree ("notes_id");
  CREATE INDEX "deliveries_rels_notes_id_idx" ON "deliveries_rels" USING btree ("notes_id");
  CREATE INDEX "post_metrics_rels_notes_id_idx" ON "post_metrics_rels" USING btree ("notes_id");
  CREATE INDEX "review_logs_rels_notes_id_idx" ON "review_logs_rels" USING btree ("notes_id");
  CREATE INDEX "notifications_rels_notes_id_idx" ON "notifications_rels" USING btree ("notes_id");
  CREATE INDEX "payload_locked_documents_rels_notes_id_idx" ON "payload_locked_documents_rels" USING btree ("notes_id");
  CREATE INDEX "payload_locked_documents_rels_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("comments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "videos_script" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "videos_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_videos_v_version_script" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_videos_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "notes_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "notes_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_notes_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_notes_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_notes_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "comments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "comments_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "users_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "videos_script" CASCADE;
  DROP TABLE "videos_texts" CASCADE;
  DROP TABLE "_videos_v_version_script" CASCADE;
  DROP TABLE "_videos_v_texts" CASCADE;
  DROP TABLE "notes" CASCADE;
  DROP TABLE "notes_texts" CASCADE;
  DROP TABLE "notes_rels" CASCADE;
  DROP TABLE "_notes_v" CASCADE;
  DROP TABLE "_notes_v_texts" CASCADE;
  DROP TABLE "_notes_v_rels" CASCADE;
  DROP TABLE "comments" CASCADE;
  DROP TABLE "comments_rels" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  ALTER TABLE "calendar_entries_rels" DROP CONSTRAINT "calendar_entries_rels_notes_fk";
  
  ALTER TABLE "deliveries_rels" DROP CONSTRAINT "deliveries_rels_notes_fk";
  
  ALTER TABLE "post_metrics_rels" DROP CONSTRAINT "post_metrics_rels_notes_fk";
  
  ALTER TABLE "review_logs_rels" DROP CONSTRAINT "review_logs_rels_notes_fk";
  
  ALTER TABLE "notifications_rels" DROP CONSTRAINT "notifications_rels_notes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_notes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_comments_fk";
  
  ALTER TABLE "articles_variants" ALTER COLUMN "platform" SET DATA TYPE text;
  DROP TYPE "public"."enum_articles_variants_platform";
  CREATE TYPE "public"."enum_articles_variants_platform" AS ENUM('wechat', 'weibo', 'toutiao');
  ALTER TABLE "articles_variants" ALTER COLUMN "platform" SET DATA TYPE "public"."enum_articles_variants_platform" USING "platform"::"public"."enum_articles_variants_platform";
  ALTER TABLE "_articles_v_version_variants" ALTER COLUMN "platform" SET DATA TYPE text;
  DROP TYPE "public"."enum__articles_v_version_variants_platform";
  CREATE TYPE "public"."enum__articles_v_version_variants_platform" AS ENUM('wechat', 'weibo', 'toutiao');
  ALTER TABLE "_articles_v_version_variants" ALTER COLUMN "platform" SET DATA TYPE "public"."enum__articles_v_version_variants_platform" USING "platform"::"public"."enum__articles_v_version_variants_platform";
  ALTER TABLE "campaigns_channels" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_campaigns_channels";
  CREATE TYPE "public"."enum_campaigns_channels" AS ENUM('wechat', 'weibo', 'toutiao');
  ALTER TABLE "campaigns_channels" ALTER COLUMN "value" SET DATA TYPE "public"."enum_campaigns_channels" USING "value"::"public"."enum_campaigns_channels";
  ALTER TABLE "campaigns_kpis" ALTER COLUMN "platform" SET DATA TYPE text;
  DROP TYPE "public"."enum_campaigns_kpis_platform";
  CREATE TYPE "public"."enum_campaigns_kpis_platform" AS ENUM('wechat', 'weibo', 'toutiao');
  ALTER TABLE "campaigns_kpis" ALTER COLUMN "platform" SET DATA TYPE "public"."enum_campaigns_kpis_platform" USING "platform"::"public"."enum_campaigns_kpis_platform";
  ALTER TABLE "platform_accounts" ALTER COLUMN "platform" SET DATA TYPE text;
  DROP TYPE "public"."enum_platform_accounts_platform";
  CREATE TYPE "public"."enum_platform_accounts_platform" AS ENUM('wechat', 'weibo', 'toutiao');
  ALTER TABLE "platform_accounts" ALTER COLUMN "platform" SET DATA TYPE "public"."enum_platform_accounts_platform" USING "platform"::"public"."enum_platform_accounts_platform";
  ALTER TABLE "deliveries" ALTER COLUMN "state" SET DATA TYPE text;
  ALTER TABLE "deliveries" ALTER COLUMN "state" SET DEFAULT 'queued'::text;
  DROP TYPE "public"."enum_deliveries_state";
  CREATE TYPE "public"."enum_deliveries_state" AS ENUM('queued', 'sending', 'processing', 'manual', 'published', 'failed', 'needs_reauth', 'unconfirmed', 'held', 'cancelled');
  ALTER TABLE "deliveries" ALTER COLUMN "state" SET DEFAULT 'queued'::"public"."enum_deliveries_state";
  ALTER TABLE "deliveries" ALTER COLUMN "state" SET DATA TYPE "public"."enum_deliveries_state" USING "state"::"public"."enum_deliveries_state";
  ALTER TABLE "post_metrics" ALTER COLUMN "platform" SET DATA TYPE text;
  DROP TYPE "public"."enum_post_metrics_platform";
  CREATE TYPE "public"."enum_post_metrics_platform" AS ENUM('wechat', 'weibo', 'toutiao');
  ALTER TABLE "post_metrics" ALTER COLUMN "platform" SET DATA TYPE "public"."enum_post_metrics_platform" USING "platform"::"public"."enum_post_metrics_platform";
  ALTER TABLE "post_metrics" ALTER COLUMN "content_type" SET DATA TYPE text;
  DROP TYPE "public"."enum_post_metrics_content_type";
  CREATE TYPE "public"."enum_post_metrics_content_type" AS ENUM('article', 'poster', 'video');
  ALTER TABLE "post_metrics" ALTER COLUMN "content_type" SET DATA TYPE "public"."enum_post_metrics_content_type" USING "content_type"::"public"."enum_post_metrics_content_type";
  ALTER TABLE "account_metrics" ALTER COLUMN "platform" SET DATA TYPE text;
  DROP TYPE "public"."enum_account_metrics_platform";
  CREATE TYPE "public"."enum_account_metrics_platform" AS ENUM('wechat', 'weibo', 'toutiao');
  ALTER TABLE "account_metrics" ALTER COLUMN "platform" SET DATA TYPE "public"."enum_account_metrics_platform" USING "platform"::"public"."enum_account_metrics_platform";
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE text;
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'copywriter'::text;
  DROP TYPE "public"."enum_users_role";
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'copywriter', 'designer');
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'copywriter'::"public"."enum_users_role";
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE "public"."enum_users_role" USING "role"::"public"."enum_users_role";
  DROP INDEX "calendar_entries_rels_notes_id_idx";
  DROP INDEX "deliveries_rels_notes_id_idx";
  DROP INDEX "post_metrics_rels_notes_id_idx";
  DROP INDEX "review_logs_rels_notes_id_idx";
  DROP INDEX "notifications_rels_notes_id_idx";
  DROP INDEX "payload_locked_documents_rels_notes_id_idx";
  DROP INDEX "payload_locked_documents_rels_comments_id_idx";
  ALTER TABLE "videos" DROP COLUMN "stage";
  ALTER TABLE "_videos_v" DROP COLUMN "version_stage";
  ALTER TABLE "calendar_entries_rels" DROP COLUMN "notes_id";
  ALTER TABLE "deliveries" DROP COLUMN "package";
  ALTER TABLE "deliveries_rels" DROP COLUMN "notes_id";
  ALTER TABLE "post_metrics_rels" DROP COLUMN "notes_id";
  ALTER TABLE "review_logs_rels" DROP COLUMN "notes_id";
  ALTER TABLE "notifications_rels" DROP COLUMN "notes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "notes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "comments_id";
  DROP TYPE "public"."enum_videos_stage";
  DROP TYPE "public"."enum__videos_v_version_stage";
  DROP TYPE "public"."enum_notes_review_status";
  DROP TYPE "public"."enum_notes_status";
  DROP TYPE "public"."enum__notes_v_version_review_status";
  DROP TYPE "public"."enum__notes_v_version_status";`)
}
