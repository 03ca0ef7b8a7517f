import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_metric_days_kind" AS ENUM('posts', 'followers');
  CREATE TABLE "metric_days" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"kind" "enum_metric_days_kind" NOT NULL,
  	"date" varchar NOT NULL,
  	"columns" jsonb NOT NULL,
  	"rows" jsonb NOT NULL,
  	"count" numeric NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "metric_days_id" integer;
  CREATE UNIQUE INDEX "metric_days_key_idx" ON "metric_days" USING btree ("key");
  CREATE INDEX "metric_days_date_idx" ON "metric_days" USING btree ("date");
  CREATE INDEX "metric_days_updated_at_idx" ON "metric_days" USING btree ("updated_at");
  CREATE INDEX "metric_days_created_at_idx" ON "metric_days" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_metric_days_fk" FOREIGN KEY ("metric_days_id") REFERENCES "public"."metric_days"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_metric_days_id_idx" ON "payload_locked_documents_rels" USING btree ("metric_days_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "metric_days" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "metric_days" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_metric_days_fk";
  
  DROP INDEX "payload_locked_documents_rels_metric_days_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "metric_days_id";
  DROP TYPE "public"."enum_metric_days_kind";`)
}
