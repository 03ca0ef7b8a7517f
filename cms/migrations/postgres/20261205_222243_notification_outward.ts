import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_notifications_email_outward" AS ENUM('pending', 'sent', 'off', 'failed');
  CREATE TYPE "public"."enum_notifications_robot_outward" AS ENUM('pending', 'sent', 'off', 'failed');
  ALTER TABLE "notifications" ADD COLUMN "email_outward" "enum_notifications_email_outward";
  ALTER TABLE "notifications" ADD COLUMN "robot_outward" "enum_notifications_robot_outward";
  ALTER TABLE "notifications" ADD COLUMN "outward_attempts" numeric;
  ALTER TABLE "notifications" ADD COLUMN "outward_next_at" timestamp(3) with time zone;
  ALTER TABLE "notifications" ADD COLUMN "outward_error" varchar;
  CREATE INDEX "notifications_email_outward_idx" ON "notifications" USING btree ("email_outward");
  CREATE INDEX "notifications_robot_outward_idx" ON "notifications" USING btree ("robot_outward");
  CREATE INDEX "notifications_outward_next_at_idx" ON "notifications" USING btree ("outward_next_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "notifications_email_outward_idx";
  DROP INDEX "notifications_robot_outward_idx";
  DROP INDEX "notifications_outward_next_at_idx";
  ALTER TABLE "notifications" DROP COLUMN "email_outward";
  ALTER TABLE "notifications" DROP COLUMN "robot_outward";
  ALTER TABLE "notifications" DROP COLUMN "outward_attempts";
  ALTER TABLE "notifications" DROP COLUMN "outward_next_at";
  ALTER TABLE "notifications" DROP COLUMN "outward_error";
  DROP TYPE "public"."enum_notifications_email_outward";
  DROP TYPE "public"."enum_notifications_robot_outward";`)
}
