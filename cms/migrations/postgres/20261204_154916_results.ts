import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_campaigns_kpis_metric" AS ENUM('openRate', 'interactionRate', 'readers', 'reads', 'plays', 'interactions', 'newFollowers', 'followers', 'posts');
  CREATE TYPE "public"."enum_campaigns_kpis_comparison" AS ENUM('atLeast', 'atMost');
  CREATE TYPE "public"."enum_campaigns_kpis_period" AS ENUM('campaign', 'day', 'week', 'month', 'post');
  CREATE TYPE "public"."enum_campaigns_kpis_platform" AS ENUM('wechat', 'weibo', 'toutiao');
  CREATE TYPE "public"."enum_platform_accounts_targets_metric" AS ENUM('openRate', 'interactionRate', 'readers', 'reads', 'plays', 'interactions', 'newFollowers', 'followers', 'posts');
  CREATE TYPE "public"."enum_platform_accounts_targets_comparison" AS ENUM('atLeast', 'atMost');
  CREATE TYPE "public"."enum_platform_accounts_targets_period" AS ENUM('campaign', 'day', 'week', 'month', 'post');
  CREATE TYPE "public"."enum_platform_accounts_stats_health_status" AS ENUM('never', 'ok', 'delayed', 'quota', 'permission', 'auth', 'error', 'manual');
  CREATE TYPE "public"."enum_post_metrics_source" AS ENUM('api', 'manual', 'csv');
  CREATE TYPE "public"."enum_post_metrics_platform" AS ENUM('wechat', 'weibo', 'toutiao');
  CREATE TYPE "public"."enum_post_metrics_content_type" AS ENUM('article', 'poster', 'video');
  CREATE TYPE "public"."enum_account_metrics_source" AS ENUM('api', 'manual', 'csv');
  CREATE TYPE "public"."enum_account_metrics_platform" AS ENUM('wechat', 'weibo', 'toutiao');
  CREATE TABLE "articles_title_candidates" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar
  );
  
  CREATE TABLE "_articles_v_version_title_candidates" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "videos_title_candidates" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar
  );
  
  CREATE TABLE "_videos_v_version_title_candidates" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "campaigns_kpis" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"metric" "enum_campaigns_kpis_metric" NOT NULL,
  	"comparison" "enum_campaigns_kpis_comparison" DEFAULT 'atLeast' NOT NULL,
  	"target" numeric NOT NULL,
  	"period" "enum_campaigns_kpis_period" DEFAULT 'campaign' NOT NULL,
  	"platform" "enum_campaigns_kpis_platform",
  	"account_id" integer
  );
  
  CREATE TABLE "platform_accounts_targets" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"metric" "enum_platform_accounts_targets_metric" NOT NULL,
  	"comparison" "enum_platform_accounts_targets_comparison" DEFAULT 'atLeast' NOT NULL,
  	"target" numeric NOT NULL,
  	"period" "enum_platform_accounts_targets_period" DEFAULT 'campaign' NOT NULL
  );
  
  CREATE TABLE "post_metrics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"delivery_id" integer NOT NULL,
  	"position" numeric DEFAULT 1,
  	"date" varchar NOT NULL,
  	"readers" numeric,
  	"reads" numeric,
  	"push_readers" numeric,
  	"plays" numeric,
  	"shares" numeric,
  	"likes" numeric,
  	"wows" numeric,
  	"comments" numeric,
  	"favorites" numeric,
  	"reposts" numeric,
  	"completion_rate" numeric,
  	"source" "enum_post_metrics_source" DEFAULT 'manual' NOT NULL,
  	"final" boolean DEFAULT true,
  	"external_id" varchar,
  	"fetched_at" timestamp(3) with time zone,
  	"key" varchar,
  	"account_id" integer,
  	"platform" "enum_post_metrics_platform",
  	"campaign_id" integer,
  	"content_type" "enum_post_metrics_content_type",
  	"author_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"title_variant" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "post_metrics_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"videos_id" integer,
  	"posters_id" integer
  );
  
  CREATE TABLE "account_metrics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"account_id" integer NOT NULL,
  	"date" varchar NOT NULL,
  	"new_followers" numeric,
  	"lost_followers" numeric,
  	"followers" numeric,
  	"readers" numeric,
  	"shares" numeric,
  	"source" "enum_account_metrics_source" DEFAULT 'manual' NOT NULL,
  	"final" boolean DEFAULT true,
  	"fetched_at" timestamp(3) with time zone,
  	"key" varchar,
  	"platform" "enum_account_metrics_platform",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "calendar_entries" ADD COLUMN "title_variant" numeric;
  ALTER TABLE "platform_accounts" ADD COLUMN "stats_health_status" "enum_platform_accounts_stats_health_status" DEFAULT 'never';
  ALTER TABLE "platform_accounts" ADD COLUMN "stats_health_message" varchar;
  ALTER TABLE "platform_accounts" ADD COLUMN "stats_health_code" varchar;
  ALTER TABLE "platform_accounts" ADD COLUMN "stats_health_last_run_at" timestamp(3) with time zone;
  ALTER TABLE "platform_accounts" ADD COLUMN "stats_health_last_success_at" timestamp(3) with time zone;
  ALTER TABLE "platform_accounts" ADD COLUMN "stats_health_blocked_until" timestamp(3) with time zone;
  ALTER TABLE "platform_accounts" ADD COLUMN "stats_health_backfilled_at" timestamp(3) with time zone;
  ALTER TABLE "deliveries" ADD COLUMN "title_variant" numeric;
  ALTER TABLE "users" ADD COLUMN "weekly_output_target" numeric;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "post_metrics_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "account_metrics_id" integer;
  ALTER TABLE "articles_title_candidates" ADD CONSTRAINT "articles_title_candidates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_title_candidates" ADD CONSTRAINT "_articles_v_version_title_candidates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_title_candidates" ADD CONSTRAINT "videos_title_candidates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_version_title_candidates" ADD CONSTRAINT "_videos_v_version_title_candidates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_kpis" ADD CONSTRAINT "campaigns_kpis_account_id_platform_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."platform_accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_kpis" ADD CONSTRAINT "campaigns_kpis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "platform_accounts_targets" ADD CONSTRAINT "platform_accounts_targets_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."platform_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "post_metrics" ADD CONSTRAINT "post_metrics_delivery_id_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."deliveries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "post_metrics" ADD CONSTRAINT "post_metrics_account_id_platform_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."platform_accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "post_metrics" ADD CONSTRAINT "post_metrics_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "post_metrics" ADD CONSTRAINT "post_metrics_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "post_metrics_rels" ADD CONSTRAINT "post_metrics_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."post_metrics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "post_metrics_rels" ADD CONSTRAINT "post_metrics_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "post_metrics_rels" ADD CONSTRAINT "post_metrics_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "post_metrics_rels" ADD CONSTRAINT "post_metrics_rels_posters_fk" FOREIGN KEY ("posters_id") REFERENCES "public"."posters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "account_metrics" ADD CONSTRAINT "account_metrics_account_id_platform_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."platform_accounts"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_title_candidates_order_idx" ON "articles_title_candidates" USING btree ("_order");
  CREATE INDEX "articles_title_candidates_parent_id_idx" ON "articles_title_candidates" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_title_candidates_order_idx" ON "_articles_v_version_title_candidates" USING btree ("_order");
  CREATE INDEX "_articles_v_version_title_candidates_parent_id_idx" ON "_articles_v_version_title_candidates" USING btree ("_parent_id");
  CREATE INDEX "videos_title_candidates_order_idx" ON "videos_title_candidates" USING btree ("_order");
  CREATE INDEX "videos_title_candidates_parent_id_idx" ON "videos_title_candidates" USING btree ("_parent_id");
  CREATE INDEX "_videos_v_version_title_candidates_order_idx" ON "_videos_v_version_title_candidates" USING btree ("_order");
  CREATE INDEX "_videos_v_version_title_candidates_parent_id_idx" ON "_videos_v_version_title_candidates" USING btree ("_parent_id");
  CREATE INDEX "campaigns_kpis_order_idx" ON "campaigns_kpis" USING btree ("_order");
  CREATE INDEX "campaigns_kpis_parent_id_idx" ON "campaigns_kpis" USING btree ("_parent_id");
  CREATE INDEX "campaigns_kpis_account_idx" ON "campaigns_kpis" USING btree ("account_id");
  CREATE INDEX "platform_accounts_targets_order_idx" ON "platform_accounts_targets" USING btree ("_order");
  CREATE INDEX "platform_accounts_targets_parent_id_idx" ON "platform_accounts_targets" USING btree ("_parent_id");
  CREATE INDEX "post_metrics_delivery_idx" ON "post_metrics" USING btree ("delivery_id");
  CREATE INDEX "post_metrics_date_idx" ON "post_metrics" USING btree ("date");
  CREATE INDEX "post_metrics_external_id_idx" ON "post_metrics" USING btree ("external_id");
  CREATE UNIQUE INDEX "post_metrics_key_idx" ON "post_metrics" USING btree ("key");
  CREATE INDEX "post_metrics_account_idx" ON "post_metrics" USING btree ("account_id");
  CREATE INDEX "post_metrics_platform_idx" ON "post_metrics" USING btree ("platform");
  CREATE INDEX "post_metrics_campaign_idx" ON "post_metrics" USING btree ("campaign_id");
  CREATE INDEX "post_metrics_author_idx" ON "post_metrics" USING btree ("author_id");
  CREATE INDEX "post_metrics_updated_at_idx" ON "post_metrics" USING btree ("updated_at");
  CREATE INDEX "post_metrics_created_at_idx" ON "post_metrics" USING btree ("created_at");
  CREATE INDEX "post_metrics_rels_order_idx" ON "post_metrics_rels" USING btree ("order");
  CREATE INDEX "post_metrics_rels_parent_idx" ON "post_metrics_rels" USING btree ("parent_id");
  CREATE INDEX "post_metrics_rels_path_idx" ON "post_metrics_rels" USING btree ("path");
  CREATE INDEX "post_metrics_rels_articles_id_idx" ON "post_metrics_rels" USING btree ("articles_id");
  CREATE INDEX "post_metrics_rels_videos_id_idx" ON "post_metrics_rels" USING btree ("videos_id");
  CREATE INDEX "post_metrics_rels_posters_id_idx" ON "post_metrics_rels" USING btree ("posters_id");
  CREATE INDEX "account_metrics_account_idx" ON "account_metrics" USING btree ("account_id");
  CREATE INDEX "account_metrics_date_idx" ON "account_metrics" USING btree ("date");
  CREATE UNIQUE INDEX "account_metrics_key_idx" ON "account_metrics" USING btree ("key");
  CREATE INDEX "account_metrics_platform_idx" ON "account_metrics" USING btree ("platform");
  CREATE INDEX "account_metrics_updated_at_idx" ON "account_metrics" USING btree ("updated_at");
  CREATE INDEX "account_metrics_created_at_idx" ON "account_metrics" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_post_metrics_fk" FOREIGN KEY ("post_metrics_id") REFERENCES "public"."post_metrics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_account_metrics_fk" FOREIGN KEY ("account_metrics_id") REFERENCES "public"."account_metrics"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_post_metrics_id_idx" ON "payload_locked_documents_rels" USING btree ("post_metrics_id");
  CREATE INDEX "payload_locked_documents_rels_account_metrics_id_idx" ON "payload_locked_documents_rels" USING btree ("account_metrics_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_title_candidates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_version_title_candidates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "videos_title_candidates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_videos_v_version_title_candidates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_kpis" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "platform_accounts_targets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "post_metrics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "post_metrics_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "account_metrics" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "articles_title_candidates" CASCADE;
  DROP TABLE "_articles_v_version_title_candidates" CASCADE;
  DROP TABLE "videos_title_candidates" CASCADE;
  DROP TABLE "_videos_v_version_title_candidates" CASCADE;
  DROP TABLE "campaigns_kpis" CASCADE;
  DROP TABLE "platform_accounts_targets" CASCADE;
  DROP TABLE "post_metrics" CASCADE;
  DROP TABLE "post_metrics_rels" CASCADE;
  DROP TABLE "account_metrics" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_post_metrics_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_account_metrics_fk";
  
  DROP INDEX "payload_locked_documents_rels_post_metrics_id_idx";
  DROP INDEX "payload_locked_documents_rels_account_metrics_id_idx";
  ALTER TABLE "calendar_entries" DROP COLUMN "title_variant";
  ALTER TABLE "platform_accounts" DROP COLUMN "stats_health_status";
  ALTER TABLE "platform_accounts" DROP COLUMN "stats_health_message";
  ALTER TABLE "platform_accounts" DROP COLUMN "stats_health_code";
  ALTER TABLE "platform_accounts" DROP COLUMN "stats_health_last_run_at";
  ALTER TABLE "platform_accounts" DROP COLUMN "stats_health_last_success_at";
  ALTER TABLE "platform_accounts" DROP COLUMN "stats_health_blocked_until";
  ALTER TABLE "platform_accounts" DROP COLUMN "stats_health_backfilled_at";
  ALTER TABLE "deliveries" DROP COLUMN "title_variant";
  ALTER TABLE "users" DROP COLUMN "weekly_output_target";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "post_metrics_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "account_metrics_id";
  DROP TYPE "public"."enum_campaigns_kpis_metric";
  DROP TYPE "public"."enum_campaigns_kpis_comparison";
  DROP TYPE "public"."enum_campaigns_kpis_period";
  DROP TYPE "public"."enum_campaigns_kpis_platform";
  DROP TYPE "public"."enum_platform_accounts_targets_metric";
  DROP TYPE "public"."enum_platform_accounts_targets_comparison";
  DROP TYPE "public"."enum_platform_accounts_targets_period";
  DROP TYPE "public"."enum_platform_accounts_stats_health_status";
  DROP TYPE "public"."enum_post_metrics_source";
  DROP TYPE "public"."enum_post_metrics_platform";
  DROP TYPE "public"."enum_post_metrics_content_type";
  DROP TYPE "public"."enum_account_metrics_source";
  DROP TYPE "public"."enum_account_metrics_platform";`)
}
