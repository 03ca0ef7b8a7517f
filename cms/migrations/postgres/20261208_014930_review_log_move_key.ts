import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_logs" ADD COLUMN "move_key" varchar;
  CREATE UNIQUE INDEX "review_logs_move_key_idx" ON "review_logs" USING btree ("move_key");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "review_logs_move_key_idx";
  ALTER TABLE "review_logs" DROP COLUMN "move_key";`)
}
