import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "deliveries" ADD COLUMN "follow_up_pending" boolean DEFAULT false;
  CREATE INDEX "deliveries_follow_up_pending_idx" ON "deliveries" USING btree ("follow_up_pending");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "deliveries_follow_up_pending_idx";
  ALTER TABLE "deliveries" DROP COLUMN "follow_up_pending";`)
}
