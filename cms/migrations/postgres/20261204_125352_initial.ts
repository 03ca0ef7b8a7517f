import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_variants_platform" AS ENUM('wechat', 'weibo', 'toutiao');
  CREATE TYPE "public"."enum_articles_theme" AS ENUM('default', 'minimal', 'tech');
  CREATE TYPE "public"."enum_articles_review_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_variants_platform" AS ENUM('wechat', 'weibo', 'toutiao');
  CREATE TYPE "public"."enum__articles_v_version_theme" AS ENUM('default', 'minimal', 'tech');
  CREATE TYPE "public"."enum__articles_v_version_review_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_videos_review_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_videos_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__videos_v_version_review_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__videos_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_posters_sizes_size" AS ENUM('story', 'square', 'banner');
  CREATE TYPE "public"."enum_posters_template" AS ENUM('festival', 'fresh', 'night');
  CREATE TYPE "public"."enum_posters_review_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_posters_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__posters_v_version_sizes_size" AS ENUM('story', 'square', 'banner');
  CREATE TYPE "public"."enum__posters_v_version_template" AS ENUM('festival', 'fresh', 'night');
  CREATE TYPE "public"."enum__posters_v_version_review_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum__posters_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_campaigns_channels" AS ENUM('wechat', 'weibo', 'toutiao');
  CREATE TYPE "public"."enum_campaigns_startsat_tz" AS ENUM('Asia/Shanghai', 'UTC', 'Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji');
  CREATE TYPE "public"."enum_campaigns_endsat_tz" AS ENUM('Asia/Shanghai', 'UTC', 'Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji');
  CREATE TYPE "public"."enum_calendar_entries_mode" AS ENUM('mass', 'publish', 'draft');
  CREATE TYPE "public"."enum_calendar_entries_publishat_tz" AS ENUM('Asia/Shanghai', 'UTC', 'Pacific/Midway', 'Pacific/Niue', 'Pacific/Honolulu', 'Pacific/Rarotonga', 'America/Anchorage', 'Pacific/Gambier', 'America/Los_Angeles', 'America/Tijuana', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/Guatemala', 'America/New_York', 'America/Bogota', 'America/Caracas', 'America/Santiago', 'America/Buenos_Aires', 'America/Sao_Paulo', 'Atlantic/South_Georgia', 'Atlantic/Azores', 'Atlantic/Cape_Verde', 'Europe/London', 'Europe/Berlin', 'Africa/Lagos', 'Europe/Athens', 'Africa/Cairo', 'Europe/Moscow', 'Asia/Riyadh', 'Asia/Dubai', 'Asia/Baku', 'Asia/Karachi', 'Asia/Tashkent', 'Asia/Calcutta', 'Asia/Dhaka', 'Asia/Almaty', 'Asia/Jakarta', 'Asia/Bangkok', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Guam', 'Pacific/Noumea', 'Pacific/Auckland', 'Pacific/Fiji');
  CREATE TYPE "public"."enum_calendar_entries_state" AS ENUM('planned', 'waiting_approval', 'scheduled', 'publishing', 'published', 'missed', 'failed', 'cancelled');
  CREATE TYPE "public"."enum_media_ocr_status" AS ENUM('pending', 'done', 'failed', 'skipped');
  CREATE TYPE "public"."enum_platform_accounts_platform" AS ENUM('wechat', 'weibo', 'toutiao');
  CREATE TYPE "public"."enum_platform_accounts_health_status" AS ENUM('unknown', 'ok', 'error');
  CREATE TYPE "public"."enum_deliveries_mode" AS ENUM('mass', 'publish', 'draft');
  CREATE TYPE "public"."enum_deliveries_state" AS ENUM('queued', 'sending', 'processing', 'manual', 'published', 'failed', 'needs_reauth', 'unconfirmed', 'held', 'cancelled');
  CREATE TYPE "public"."enum_sensitive_words_severity" AS ENUM('block', 'review', 'warn', 'allow');
  CREATE TYPE "public"."enum_sensitive_words_match_pinyin" AS ENUM('off', 'full', 'initials');
  CREATE TYPE "public"."enum_review_logs_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_review_logs_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'copywriter', 'designer');
  CREATE TABLE "articles_variants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"platform" "enum_articles_variants_platform",
  	"title" varchar,
  	"digest" varchar,
  	"body" varchar
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"body" varchar,
  	"digest" varchar,
  	"author" varchar,
  	"cover_id" integer,
  	"theme" "enum_articles_theme",
  	"campaign_id" integer,
  	"owner_id" integer,
  	"status" "enum_articles_review_status" DEFAULT 'draft',
  	"approved_version" varchar,
  	"approved_by_id" integer,
  	"published_version" varchar,
  	"findings" jsonb,
  	"fingerprint" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"platform_accounts_id" integer
  );
  
  CREATE TABLE "_articles_v_version_variants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"platform" "enum__articles_v_version_variants_platform",
  	"title" varchar,
  	"digest" varchar,
  	"body" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_body" varchar,
  	"version_digest" varchar,
  	"version_author" varchar,
  	"version_cover_id" integer,
  	"version_theme" "enum__articles_v_version_theme",
  	"version_campaign_id" integer,
  	"version_owner_id" integer,
  	"version_status" "enum__articles_v_version_review_status" DEFAULT 'draft',
  	"version_approved_version" varchar,
  	"version_approved_by_id" integer,
  	"version_published_version" varchar,
  	"version_findings" jsonb,
  	"version_fingerprint" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_articles_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"platform_accounts_id" integer
  );
  
  CREATE TABLE "videos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"description" varchar,
  	"file_id" integer,
  	"cover_id" integer,
  	"campaign_id" integer,
  	"owner_id" integer,
  	"status" "enum_videos_review_status" DEFAULT 'draft',
  	"approved_version" varchar,
  	"approved_by_id" integer,
  	"published_version" varchar,
  	"findings" jsonb,
  	"fingerprint" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_videos_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "videos_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"platform_accounts_id" integer
  );
  
  CREATE TABLE "_videos_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_description" varchar,
  	"version_file_id" integer,
  	"version_cover_id" integer,
  	"version_campaign_id" integer,
  	"version_owner_id" integer,
  	"version_status" "enum__videos_v_version_review_status" DEFAULT 'draft',
  	"version_approved_version" varchar,
  	"version_approved_by_id" integer,
  	"version_published_version" varchar,
  	"version_findings" jsonb,
  	"version_fingerprint" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__videos_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_videos_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"platform_accounts_id" integer
  );
  
  CREATE TABLE "posters_sizes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"size" "enum_posters_sizes_size",
  	"image_id" integer
  );
  
  CREATE TABLE "posters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"image_id" integer,
  	"template" "enum_posters_template",
  	"headline" varchar,
  	"copy" varchar,
  	"campaign_id" integer,
  	"owner_id" integer,
  	"status" "enum_posters_review_status" DEFAULT 'draft',
  	"approved_version" varchar,
  	"approved_by_id" integer,
  	"published_version" varchar,
  	"findings" jsonb,
  	"fingerprint" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_posters_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "posters_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"platform_accounts_id" integer
  );
  
  CREATE TABLE "_posters_v_version_sizes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"size" "enum__posters_v_version_sizes_size",
  	"image_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_posters_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_image_id" integer,
  	"version_template" "enum__posters_v_version_template",
  	"version_headline" varchar,
  	"version_copy" varchar,
  	"version_campaign_id" integer,
  	"version_owner_id" integer,
  	"version_status" "enum__posters_v_version_review_status" DEFAULT 'draft',
  	"version_approved_version" varchar,
  	"version_approved_by_id" integer,
  	"version_published_version" varchar,
  	"version_findings" jsonb,
  	"version_fingerprint" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__posters_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_posters_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"platform_accounts_id" integer
  );
  
  CREATE TABLE "campaigns_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_campaigns_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "campaigns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"goal" varchar,
  	"starts_at" timestamp(3) with time zone,
  	"startsat_tz" "enum_campaigns_startsat_tz" DEFAULT 'Asia/Shanghai',
  	"ends_at" timestamp(3) with time zone,
  	"endsat_tz" "enum_campaigns_endsat_tz" DEFAULT 'Asia/Shanghai',
  	"brief" varchar,
  	"color" varchar DEFAULT '#07c160',
  	"owner_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "campaigns_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "calendar_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"campaign_id" integer,
  	"account_id" integer NOT NULL,
  	"mode" "enum_calendar_entries_mode",
  	"tag_id" varchar,
  	"publish_at" timestamp(3) with time zone NOT NULL,
  	"publishat_tz" "enum_calendar_entries_publishat_tz" DEFAULT 'Asia/Shanghai' NOT NULL,
  	"state" "enum_calendar_entries_state" DEFAULT 'planned' NOT NULL,
  	"actor_ip" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "calendar_entries_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"videos_id" integer,
  	"posters_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
  	"owner_id" integer,
  	"public" boolean DEFAULT false,
  	"ocr_status" "enum_media_ocr_status",
  	"ocr_hash" varchar,
  	"ocr_text" varchar,
  	"ocr_findings" jsonb,
  	"ocr_checked_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar
  );
  
  CREATE TABLE "platform_accounts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"platform" "enum_platform_accounts_platform" NOT NULL,
  	"name" varchar NOT NULL,
  	"credentials_app_id" varchar,
  	"credentials_app_secret" varchar,
  	"credentials_app_key" varchar,
  	"credentials_client_key" varchar,
  	"credentials_client_secret" varchar,
  	"credentials_access_token" varchar,
  	"credentials_refresh_token" varchar,
  	"credentials_expires_at" varchar,
  	"credentials_refresh_expires_at" varchar,
  	"credentials_uid" varchar,
  	"credentials_open_id" varchar,
  	"credentials_hint" jsonb,
  	"credentials_cipher" varchar,
  	"settings" jsonb,
  	"health_status" "enum_platform_accounts_health_status" DEFAULT 'unknown',
  	"health_message" varchar,
  	"health_checked_at" timestamp(3) with time zone,
  	"pause_active" boolean DEFAULT false,
  	"pause_reason" varchar,
  	"pause_by_id" integer,
  	"pause_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "deliveries_bundle" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"article_id" integer NOT NULL,
  	"revision" varchar NOT NULL,
  	"url" varchar
  );
  
  CREATE TABLE "deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"revision" varchar,
  	"mode" "enum_deliveries_mode",
  	"tag_id" varchar,
  	"msg_id" varchar,
  	"msg_data_id" varchar,
  	"mass_result" jsonb,
  	"account_id" integer NOT NULL,
  	"calendar_entry_id" integer,
  	"state" "enum_deliveries_state" DEFAULT 'queued' NOT NULL,
  	"remote_ids" jsonb,
  	"url" varchar,
  	"attempts" numeric DEFAULT 0,
  	"last_error" jsonb,
  	"handoff" jsonb,
  	"actor_ip" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "deliveries_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"videos_id" integer,
  	"posters_id" integer
  );
  
  CREATE TABLE "sensitive_words" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"word" varchar NOT NULL,
  	"category" varchar DEFAULT 'other' NOT NULL,
  	"severity" "enum_sensitive_words_severity" DEFAULT 'warn' NOT NULL,
  	"replacement" varchar,
  	"match_pinyin" "enum_sensitive_words_match_pinyin" DEFAULT 'off',
  	"match_variants" boolean DEFAULT true,
  	"note" varchar,
  	"enabled" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_logs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"doc_collection" varchar NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"doc_title" varchar,
  	"from" "enum_review_logs_from" NOT NULL,
  	"to" "enum_review_logs_to" NOT NULL,
  	"event" varchar NOT NULL,
  	"by_id" integer,
  	"comment" varchar,
  	"acknowledge" varchar,
  	"revision" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_logs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"videos_id" integer,
  	"posters_id" integer
  );
  
  CREATE TABLE "notifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"recipient_id" integer NOT NULL,
  	"kind" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"read" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "notifications_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"videos_id" integer,
  	"posters_id" integer
  );
  
  CREATE TABLE "assist_usage" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"task" varchar NOT NULL,
  	"model" varchar,
  	"prompt_tokens" numeric,
  	"completion_tokens" numeric,
  	"total_tokens" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'copywriter' NOT NULL,
  	"wechat_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"videos_id" integer,
  	"posters_id" integer,
  	"campaigns_id" integer,
  	"calendar_entries_id" integer,
  	"media_id" integer,
  	"platform_accounts_id" integer,
  	"deliveries_id" integer,
  	"sensitive_words_id" integer,
  	"review_logs_id" integer,
  	"notifications_id" integer,
  	"assist_usage_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "brand_voice" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "brand_voice_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "publishing_pause" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"active" boolean DEFAULT false,
  	"reason" varchar,
  	"by_id" integer,
  	"at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "articles_variants" ADD CONSTRAINT "articles_variants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_texts" ADD CONSTRAINT "articles_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_platform_accounts_fk" FOREIGN KEY ("platform_accounts_id") REFERENCES "public"."platform_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_variants" ADD CONSTRAINT "_articles_v_version_variants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_texts" ADD CONSTRAINT "_articles_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_platform_accounts_fk" FOREIGN KEY ("platform_accounts_id") REFERENCES "public"."platform_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos_rels" ADD CONSTRAINT "videos_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_rels" ADD CONSTRAINT "videos_rels_platform_accounts_fk" FOREIGN KEY ("platform_accounts_id") REFERENCES "public"."platform_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_parent_id_videos_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_file_id_media_id_fk" FOREIGN KEY ("version_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v_rels" ADD CONSTRAINT "_videos_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_rels" ADD CONSTRAINT "_videos_v_rels_platform_accounts_fk" FOREIGN KEY ("platform_accounts_id") REFERENCES "public"."platform_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posters_sizes" ADD CONSTRAINT "posters_sizes_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posters_sizes" ADD CONSTRAINT "posters_sizes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."posters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posters" ADD CONSTRAINT "posters_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posters" ADD CONSTRAINT "posters_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posters" ADD CONSTRAINT "posters_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posters" ADD CONSTRAINT "posters_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posters_rels" ADD CONSTRAINT "posters_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."posters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posters_rels" ADD CONSTRAINT "posters_rels_platform_accounts_fk" FOREIGN KEY ("platform_accounts_id") REFERENCES "public"."platform_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posters_v_version_sizes" ADD CONSTRAINT "_posters_v_version_sizes_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posters_v_version_sizes" ADD CONSTRAINT "_posters_v_version_sizes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_posters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posters_v" ADD CONSTRAINT "_posters_v_parent_id_posters_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."posters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posters_v" ADD CONSTRAINT "_posters_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posters_v" ADD CONSTRAINT "_posters_v_version_campaign_id_campaigns_id_fk" FOREIGN KEY ("version_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posters_v" ADD CONSTRAINT "_posters_v_version_owner_id_users_id_fk" FOREIGN KEY ("version_owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posters_v" ADD CONSTRAINT "_posters_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posters_v_rels" ADD CONSTRAINT "_posters_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_posters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posters_v_rels" ADD CONSTRAINT "_posters_v_rels_platform_accounts_fk" FOREIGN KEY ("platform_accounts_id") REFERENCES "public"."platform_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_channels" ADD CONSTRAINT "campaigns_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_texts" ADD CONSTRAINT "campaigns_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "calendar_entries" ADD CONSTRAINT "calendar_entries_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "calendar_entries" ADD CONSTRAINT "calendar_entries_account_id_platform_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."platform_accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "calendar_entries_rels" ADD CONSTRAINT "calendar_entries_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."calendar_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "calendar_entries_rels" ADD CONSTRAINT "calendar_entries_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "calendar_entries_rels" ADD CONSTRAINT "calendar_entries_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "calendar_entries_rels" ADD CONSTRAINT "calendar_entries_rels_posters_fk" FOREIGN KEY ("posters_id") REFERENCES "public"."posters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "platform_accounts" ADD CONSTRAINT "platform_accounts_pause_by_id_users_id_fk" FOREIGN KEY ("pause_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries_bundle" ADD CONSTRAINT "deliveries_bundle_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries_bundle" ADD CONSTRAINT "deliveries_bundle_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_account_id_platform_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."platform_accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_calendar_entry_id_calendar_entries_id_fk" FOREIGN KEY ("calendar_entry_id") REFERENCES "public"."calendar_entries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries_rels" ADD CONSTRAINT "deliveries_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries_rels" ADD CONSTRAINT "deliveries_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries_rels" ADD CONSTRAINT "deliveries_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries_rels" ADD CONSTRAINT "deliveries_rels_posters_fk" FOREIGN KEY ("posters_id") REFERENCES "public"."posters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_logs" ADD CONSTRAINT "review_logs_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_logs_rels" ADD CONSTRAINT "review_logs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."review_logs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_logs_rels" ADD CONSTRAINT "review_logs_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_logs_rels" ADD CONSTRAINT "review_logs_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_logs_rels" ADD CONSTRAINT "review_logs_rels_posters_fk" FOREIGN KEY ("posters_id") REFERENCES "public"."posters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications_rels" ADD CONSTRAINT "notifications_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notifications_rels" ADD CONSTRAINT "notifications_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notifications_rels" ADD CONSTRAINT "notifications_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "notifications_rels" ADD CONSTRAINT "notifications_rels_posters_fk" FOREIGN KEY ("posters_id") REFERENCES "public"."posters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assist_usage" ADD CONSTRAINT "assist_usage_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_posters_fk" FOREIGN KEY ("posters_id") REFERENCES "public"."posters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_calendar_entries_fk" FOREIGN KEY ("calendar_entries_id") REFERENCES "public"."calendar_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_platform_accounts_fk" FOREIGN KEY ("platform_accounts_id") REFERENCES "public"."platform_accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_deliveries_fk" FOREIGN KEY ("deliveries_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sensitive_words_fk" FOREIGN KEY ("sensitive_words_id") REFERENCES "public"."sensitive_words"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_logs_fk" FOREIGN KEY ("review_logs_id") REFERENCES "public"."review_logs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notifications_fk" FOREIGN KEY ("notifications_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_assist_usage_fk" FOREIGN KEY ("assist_usage_id") REFERENCES "public"."assist_usage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "brand_voice_texts" ADD CONSTRAINT "brand_voice_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."brand_voice"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publishing_pause" ADD CONSTRAINT "publishing_pause_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_variants_order_idx" ON "articles_variants" USING btree ("_order");
  CREATE INDEX "articles_variants_parent_id_idx" ON "articles_variants" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_cover_idx" ON "articles" USING btree ("cover_id");
  CREATE INDEX "articles_campaign_idx" ON "articles" USING btree ("campaign_id");
  CREATE INDEX "articles_owner_idx" ON "articles" USING btree ("owner_id");
  CREATE INDEX "articles_status_idx" ON "articles" USING btree ("status");
  CREATE INDEX "articles_approved_by_idx" ON "articles" USING btree ("approved_by_id");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "articles_texts_order_parent" ON "articles_texts" USING btree ("order","parent_id");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_platform_accounts_id_idx" ON "articles_rels" USING btree ("platform_accounts_id");
  CREATE INDEX "_articles_v_version_variants_order_idx" ON "_articles_v_version_variants" USING btree ("_order");
  CREATE INDEX "_articles_v_version_variants_parent_id_idx" ON "_articles_v_version_variants" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_cover_idx" ON "_articles_v" USING btree ("version_cover_id");
  CREATE INDEX "_articles_v_version_version_campaign_idx" ON "_articles_v" USING btree ("version_campaign_id");
  CREATE INDEX "_articles_v_version_version_owner_idx" ON "_articles_v" USING btree ("version_owner_id");
  CREATE INDEX "_articles_v_version_version_status_idx" ON "_articles_v" USING btree ("version_status");
  CREATE INDEX "_articles_v_version_version_approved_by_idx" ON "_articles_v" USING btree ("version_approved_by_id");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_autosave_idx" ON "_articles_v" USING btree ("autosave");
  CREATE INDEX "_articles_v_texts_order_parent" ON "_articles_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_platform_accounts_id_idx" ON "_articles_v_rels" USING btree ("platform_accounts_id");
  CREATE INDEX "videos_file_idx" ON "videos" USING btree ("file_id");
  CREATE INDEX "videos_cover_idx" ON "videos" USING btree ("cover_id");
  CREATE INDEX "videos_campaign_idx" ON "videos" USING btree ("campaign_id");
  CREATE INDEX "videos_owner_idx" ON "videos" USING btree ("owner_id");
  CREATE INDEX "videos_status_idx" ON "videos" USING btree ("status");
  CREATE INDEX "videos_approved_by_idx" ON "videos" USING btree ("approved_by_id");
  CREATE INDEX "videos_updated_at_idx" ON "videos" USING btree ("updated_at");
  CREATE INDEX "videos_created_at_idx" ON "videos" USING btree ("created_at");
  CREATE INDEX "videos__status_idx" ON "videos" USING btree ("_status");
  CREATE INDEX "videos_rels_order_idx" ON "videos_rels" USING btree ("order");
  CREATE INDEX "videos_rels_parent_idx" ON "videos_rels" USING btree ("parent_id");
  CREATE INDEX "videos_rels_path_idx" ON "videos_rels" USING btree ("path");
  CREATE INDEX "videos_rels_platform_accounts_id_idx" ON "videos_rels" USING btree ("platform_accounts_id");
  CREATE INDEX "_videos_v_parent_idx" ON "_videos_v" USING btree ("parent_id");
  CREATE INDEX "_videos_v_version_version_file_idx" ON "_videos_v" USING btree ("version_file_id");
  CREATE INDEX "_videos_v_version_version_cover_idx" ON "_videos_v" USING btree ("version_cover_id");
  CREATE INDEX "_videos_v_version_version_campaign_idx" ON "_videos_v" USING btree ("version_campaign_id");
  CREATE INDEX "_videos_v_version_version_owner_idx" ON "_videos_v" USING btree ("version_owner_id");
  CREATE INDEX "_videos_v_version_version_status_idx" ON "_videos_v" USING btree ("version_status");
  CREATE INDEX "_videos_v_version_version_approved_by_idx" ON "_videos_v" USING btree ("version_approved_by_id");
  CREATE INDEX "_videos_v_version_version_updated_at_idx" ON "_videos_v" USING btree ("version_updated_at");
  CREATE INDEX "_videos_v_version_version_created_at_idx" ON "_videos_v" USING btree ("version_created_at");
  CREATE INDEX "_videos_v_version_version__status_idx" ON "_videos_v" USING btree ("version__status");
  CREATE INDEX "_videos_v_created_at_idx" ON "_videos_v" USING btree ("created_at");
  CREATE INDEX "_videos_v_updated_at_idx" ON "_videos_v" USING btree ("updated_at");
  CREATE INDEX "_videos_v_latest_idx" ON "_videos_v" USING btree ("latest");
  CREATE INDEX "_videos_v_autosave_idx" ON "_videos_v" USING btree ("autosave");
  CREATE INDEX "_videos_v_rels_order_idx" ON "_videos_v_rels" USING btree ("order");
  CREATE INDEX "_videos_v_rels_parent_idx" ON "_videos_v_rels" USING btree ("parent_id");
  CREATE INDEX "_videos_v_rels_path_idx" ON "_videos_v_rels" USING btree ("path");
  CREATE INDEX "_videos_v_rels_platform_accounts_id_idx" ON "_videos_v_rels" USING btree ("platform_accounts_id");
  CREATE INDEX "posters_sizes_order_idx" ON "posters_sizes" USING btree ("_order");
  CREATE INDEX "posters_sizes_parent_id_idx" ON "posters_sizes" USING btree ("_parent_id");
  CREATE INDEX "posters_sizes_image_idx" ON "posters_sizes" USING btree ("image_id");
  CREATE INDEX "posters_image_idx" ON "posters" USING btree ("image_id");
  CREATE INDEX "posters_campaign_idx" ON "posters" USING btree ("campaign_id");
  CREATE INDEX "posters_owner_idx" ON "posters" USING btree ("owner_id");
  CREATE INDEX "posters_status_idx" ON "posters" USING btree ("status");
  CREATE INDEX "posters_approved_by_idx" ON "posters" USING btree ("approved_by_id");
  CREATE INDEX "posters_updated_at_idx" ON "posters" USING btree ("updated_at");
  CREATE INDEX "posters_created_at_idx" ON "posters" USING btree ("created_at");
  CREATE INDEX "posters__status_idx" ON "posters" USING btree ("_status");
  CREATE INDEX "posters_rels_order_idx" ON "posters_rels" USING btree ("order");
  CREATE INDEX "posters_rels_parent_idx" ON "posters_rels" USING btree ("parent_id");
  CREATE INDEX "posters_rels_path_idx" ON "posters_rels" USING btree ("path");
  CREATE INDEX "posters_rels_platform_accounts_id_idx" ON "posters_rels" USING btree ("platform_accounts_id");
  CREATE INDEX "_posters_v_version_sizes_order_idx" ON "_posters_v_version_sizes" USING btree ("_order");
  CREATE INDEX "_posters_v_version_sizes_parent_id_idx" ON "_posters_v_version_sizes" USING btree ("_parent_id");
  CREATE INDEX "_posters_v_version_sizes_image_idx" ON "_posters_v_version_sizes" USING btree ("image_id");
  CREATE INDEX "_posters_v_parent_idx" ON "_posters_v" USING btree ("parent_id");
  CREATE INDEX "_posters_v_version_version_image_idx" ON "_posters_v" USING btree ("version_image_id");
  CREATE INDEX "_posters_v_version_version_campaign_idx" ON "_posters_v" USING btree ("version_campaign_id");
  CREATE INDEX "_posters_v_version_version_owner_idx" ON "_posters_v" USING btree ("version_owner_id");
  CREATE INDEX "_posters_v_version_version_status_idx" ON "_posters_v" USING btree ("version_status");
  CREATE INDEX "_posters_v_version_version_approved_by_idx" ON "_posters_v" USING btree ("version_approved_by_id");
  CREATE INDEX "_posters_v_version_version_updated_at_idx" ON "_posters_v" USING btree ("version_updated_at");
  CREATE INDEX "_posters_v_version_version_created_at_idx" ON "_posters_v" USING btree ("version_created_at");
  CREATE INDEX "_posters_v_version_version__status_idx" ON "_posters_v" USING btree ("version__status");
  CREATE INDEX "_posters_v_created_at_idx" ON "_posters_v" USING btree ("created_at");
  CREATE INDEX "_posters_v_updated_at_idx" ON "_posters_v" USING btree ("updated_at");
  CREATE INDEX "_posters_v_latest_idx" ON "_posters_v" USING btree ("latest");
  CREATE INDEX "_posters_v_autosave_idx" ON "_posters_v" USING btree ("autosave");
  CREATE INDEX "_posters_v_rels_order_idx" ON "_posters_v_rels" USING btree ("order");
  CREATE INDEX "_posters_v_rels_parent_idx" ON "_posters_v_rels" USING btree ("parent_id");
  CREATE INDEX "_posters_v_rels_path_idx" ON "_posters_v_rels" USING btree ("path");
  CREATE INDEX "_posters_v_rels_platform_accounts_id_idx" ON "_posters_v_rels" USING btree ("platform_accounts_id");
  CREATE INDEX "campaigns_channels_order_idx" ON "campaigns_channels" USING btree ("order");
  CREATE INDEX "campaigns_channels_parent_idx" ON "campaigns_channels" USING btree ("parent_id");
  CREATE INDEX "campaigns_owner_idx" ON "campaigns" USING btree ("owner_id");
  CREATE INDEX "campaigns_updated_at_idx" ON "campaigns" USING btree ("updated_at");
  CREATE INDEX "campaigns_created_at_idx" ON "campaigns" USING btree ("created_at");
  CREATE INDEX "campaigns_texts_order_parent" ON "campaigns_texts" USING btree ("order","parent_id");
  CREATE INDEX "calendar_entries_campaign_idx" ON "calendar_entries" USING btree ("campaign_id");
  CREATE INDEX "calendar_entries_account_idx" ON "calendar_entries" USING btree ("account_id");
  CREATE INDEX "calendar_entries_publish_at_idx" ON "calendar_entries" USING btree ("publish_at");
  CREATE INDEX "calendar_entries_state_idx" ON "calendar_entries" USING btree ("state");
  CREATE INDEX "calendar_entries_updated_at_idx" ON "calendar_entries" USING btree ("updated_at");
  CREATE INDEX "calendar_entries_created_at_idx" ON "calendar_entries" USING btree ("created_at");
  CREATE INDEX "calendar_entries_rels_order_idx" ON "calendar_entries_rels" USING btree ("order");
  CREATE INDEX "calendar_entries_rels_parent_idx" ON "calendar_entries_rels" USING btree ("parent_id");
  CREATE INDEX "calendar_entries_rels_path_idx" ON "calendar_entries_rels" USING btree ("path");
  CREATE INDEX "calendar_entries_rels_articles_id_idx" ON "calendar_entries_rels" USING btree ("articles_id");
  CREATE INDEX "calendar_entries_rels_videos_id_idx" ON "calendar_entries_rels" USING btree ("videos_id");
  CREATE INDEX "calendar_entries_rels_posters_id_idx" ON "calendar_entries_rels" USING btree ("posters_id");
  CREATE INDEX "media_owner_idx" ON "media" USING btree ("owner_id");
  CREATE INDEX "media_public_idx" ON "media" USING btree ("public");
  CREATE INDEX "media_ocr_ocr_status_idx" ON "media" USING btree ("ocr_status");
  CREATE INDEX "media_ocr_ocr_hash_idx" ON "media" USING btree ("ocr_hash");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "platform_accounts_pause_pause_by_idx" ON "platform_accounts" USING btree ("pause_by_id");
  CREATE INDEX "platform_accounts_updated_at_idx" ON "platform_accounts" USING btree ("updated_at");
  CREATE INDEX "platform_accounts_created_at_idx" ON "platform_accounts" USING btree ("created_at");
  CREATE INDEX "deliveries_bundle_order_idx" ON "deliveries_bundle" USING btree ("_order");
  CREATE INDEX "deliveries_bundle_parent_id_idx" ON "deliveries_bundle" USING btree ("_parent_id");
  CREATE INDEX "deliveries_bundle_article_idx" ON "deliveries_bundle" USING btree ("article_id");
  CREATE INDEX "deliveries_msg_id_idx" ON "deliveries" USING btree ("msg_id");
  CREATE INDEX "deliveries_msg_data_id_idx" ON "deliveries" USING btree ("msg_data_id");
  CREATE INDEX "deliveries_account_idx" ON "deliveries" USING btree ("account_id");
  CREATE INDEX "deliveries_calendar_entry_idx" ON "deliveries" USING btree ("calendar_entry_id");
  CREATE INDEX "deliveries_state_idx" ON "deliveries" USING btree ("state");
  CREATE INDEX "deliveries_updated_at_idx" ON "deliveries" USING btree ("updated_at");
  CREATE INDEX "deliveries_created_at_idx" ON "deliveries" USING btree ("created_at");
  CREATE INDEX "deliveries_rels_order_idx" ON "deliveries_rels" USING btree ("order");
  CREATE INDEX "deliveries_rels_parent_idx" ON "deliveries_rels" USING btree ("parent_id");
  CREATE INDEX "deliveries_rels_path_idx" ON "deliveries_rels" USING btree ("path");
  CREATE INDEX "deliveries_rels_articles_id_idx" ON "deliveries_rels" USING btree ("articles_id");
  CREATE INDEX "deliveries_rels_videos_id_idx" ON "deliveries_rels" USING btree ("videos_id");
  CREATE INDEX "deliveries_rels_posters_id_idx" ON "deliveries_rels" USING btree ("posters_id");
  CREATE UNIQUE INDEX "sensitive_words_word_idx" ON "sensitive_words" USING btree ("word");
  CREATE INDEX "sensitive_words_category_idx" ON "sensitive_words" USING btree ("category");
  CREATE INDEX "sensitive_words_enabled_idx" ON "sensitive_words" USING btree ("enabled");
  CREATE INDEX "sensitive_words_updated_at_idx" ON "sensitive_words" USING btree ("updated_at");
  CREATE INDEX "sensitive_words_created_at_idx" ON "sensitive_words" USING btree ("created_at");
  CREATE INDEX "review_logs_doc_collection_idx" ON "review_logs" USING btree ("doc_collection");
  CREATE INDEX "review_logs_doc_id_idx" ON "review_logs" USING btree ("doc_id");
  CREATE INDEX "review_logs_by_idx" ON "review_logs" USING btree ("by_id");
  CREATE INDEX "review_logs_updated_at_idx" ON "review_logs" USING btree ("updated_at");
  CREATE INDEX "review_logs_created_at_idx" ON "review_logs" USING btree ("created_at");
  CREATE INDEX "review_logs_rels_order_idx" ON "review_logs_rels" USING btree ("order");
  CREATE INDEX "review_logs_rels_parent_idx" ON "review_logs_rels" USING btree ("parent_id");
  CREATE INDEX "review_logs_rels_path_idx" ON "review_logs_rels" USING btree ("path");
  CREATE INDEX "review_logs_rels_articles_id_idx" ON "review_logs_rels" USING btree ("articles_id");
  CREATE INDEX "review_logs_rels_videos_id_idx" ON "review_logs_rels" USING btree ("videos_id");
  CREATE INDEX "review_logs_rels_posters_id_idx" ON "review_logs_rels" USING btree ("posters_id");
  CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("recipient_id");
  CREATE INDEX "notifications_kind_idx" ON "notifications" USING btree ("kind");
  CREATE INDEX "notifications_read_idx" ON "notifications" USING btree ("read");
  CREATE INDEX "notifications_updated_at_idx" ON "notifications" USING btree ("updated_at");
  CREATE INDEX "notifications_created_at_idx" ON "notifications" USING btree ("created_at");
  CREATE INDEX "notifications_rels_order_idx" ON "notifications_rels" USING btree ("order");
  CREATE INDEX "notifications_rels_parent_idx" ON "notifications_rels" USING btree ("parent_id");
  CREATE INDEX "notifications_rels_path_idx" ON "notifications_rels" USING btree ("path");
  CREATE INDEX "notifications_rels_articles_id_idx" ON "notifications_rels" USING btree ("articles_id");
  CREATE INDEX "notifications_rels_videos_id_idx" ON "notifications_rels" USING btree ("videos_id");
  CREATE INDEX "notifications_rels_posters_id_idx" ON "notifications_rels" USING btree ("posters_id");
  CREATE INDEX "assist_usage_user_idx" ON "assist_usage" USING btree ("user_id");
  CREATE INDEX "assist_usage_task_idx" ON "assist_usage" USING btree ("task");
  CREATE INDEX "assist_usage_updated_at_idx" ON "assist_usage" USING btree ("updated_at");
  CREATE INDEX "assist_usage_created_at_idx" ON "assist_usage" USING btree ("created_at");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_videos_id_idx" ON "payload_locked_documents_rels" USING btree ("videos_id");
  CREATE INDEX "payload_locked_documents_rels_posters_id_idx" ON "payload_locked_documents_rels" USING btree ("posters_id");
  CREATE INDEX "payload_locked_documents_rels_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("campaigns_id");
  CREATE INDEX "payload_locked_documents_rels_calendar_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("calendar_entries_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_platform_accounts_id_idx" ON "payload_locked_documents_rels" USING btree ("platform_accounts_id");
  CREATE INDEX "payload_locked_documents_rels_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("deliveries_id");
  CREATE INDEX "payload_locked_documents_rels_sensitive_words_id_idx" ON "payload_locked_documents_rels" USING btree ("sensitive_words_id");
  CREATE INDEX "payload_locked_documents_rels_review_logs_id_idx" ON "payload_locked_documents_rels" USING btree ("review_logs_id");
  CREATE INDEX "payload_locked_documents_rels_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("notifications_id");
  CREATE INDEX "payload_locked_documents_rels_assist_usage_id_idx" ON "payload_locked_documents_rels" USING btree ("assist_usage_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "brand_voice_texts_order_parent" ON "brand_voice_texts" USING btree ("order","parent_id");
  CREATE INDEX "publishing_pause_by_idx" ON "publishing_pause" USING btree ("by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "articles_variants" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_texts" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v_version_variants" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_texts" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "videos" CASCADE;
  DROP TABLE "videos_rels" CASCADE;
  DROP TABLE "_videos_v" CASCADE;
  DROP TABLE "_videos_v_rels" CASCADE;
  DROP TABLE "posters_sizes" CASCADE;
  DROP TABLE "posters" CASCADE;
  DROP TABLE "posters_rels" CASCADE;
  DROP TABLE "_posters_v_version_sizes" CASCADE;
  DROP TABLE "_posters_v" CASCADE;
  DROP TABLE "_posters_v_rels" CASCADE;
  DROP TABLE "campaigns_channels" CASCADE;
  DROP TABLE "campaigns" CASCADE;
  DROP TABLE "campaigns_texts" CASCADE;
  DROP TABLE "calendar_entries" CASCADE;
  DROP TABLE "calendar_entries_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "platform_accounts" CASCADE;
  DROP TABLE "deliveries_bundle" CASCADE;
  DROP TABLE "deliveries" CASCADE;
  DROP TABLE "deliveries_rels" CASCADE;
  DROP TABLE "sensitive_words" CASCADE;
  DROP TABLE "review_logs" CASCADE;
  DROP TABLE "review_logs_rels" CASCADE;
  DROP TABLE "notifications" CASCADE;
  DROP TABLE "notifications_rels" CASCADE;
  DROP TABLE "assist_usage" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "brand_voice" CASCADE;
  DROP TABLE "brand_voice_texts" CASCADE;
  DROP TABLE "publishing_pause" CASCADE;
  DROP TYPE "public"."enum_articles_variants_platform";
  DROP TYPE "public"."enum_articles_theme";
  DROP TYPE "public"."enum_articles_review_status";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_variants_platform";
  DROP TYPE "public"."enum__articles_v_version_theme";
  DROP TYPE "public"."enum__articles_v_version_review_status";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum_videos_review_status";
  DROP TYPE "public"."enum_videos_status";
  DROP TYPE "public"."enum__videos_v_version_review_status";
  DROP TYPE "public"."enum__videos_v_version_status";
  DROP TYPE "public"."enum_posters_sizes_size";
  DROP TYPE "public"."enum_posters_template";
  DROP TYPE "public"."enum_posters_review_status";
  DROP TYPE "public"."enum_posters_status";
  DROP TYPE "public"."enum__posters_v_version_sizes_size";
  DROP TYPE "public"."enum__posters_v_version_template";
  DROP TYPE "public"."enum__posters_v_version_review_status";
  DROP TYPE "public"."enum__posters_v_version_status";
  DROP TYPE "public"."enum_campaigns_channels";
  DROP TYPE "public"."enum_campaigns_startsat_tz";
  DROP TYPE "public"."enum_campaigns_endsat_tz";
  DROP TYPE "public"."enum_calendar_entries_mode";
  DROP TYPE "public"."enum_calendar_entries_publishat_tz";
  DROP TYPE "public"."enum_calendar_entries_state";
  DROP TYPE "public"."enum_media_ocr_status";
  DROP TYPE "public"."enum_platform_accounts_platform";
  DROP TYPE "public"."enum_platform_accounts_health_status";
  DROP TYPE "public"."enum_deliveries_mode";
  DROP TYPE "public"."enum_deliveries_state";
  DROP TYPE "public"."enum_sensitive_words_severity";
  DROP TYPE "public"."enum_sensitive_words_match_pinyin";
  DROP TYPE "public"."enum_review_logs_from";
  DROP TYPE "public"."enum_review_logs_to";
  DROP TYPE "public"."enum_users_role";`)
}
