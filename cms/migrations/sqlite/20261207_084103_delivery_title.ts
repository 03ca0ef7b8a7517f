import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`title\` text;`)
  // The deliveries made before keep their content's title too, so the list's search finds them as well.
  await db.run(sql`UPDATE \`deliveries\` SET \`title\` = (
    SELECT COALESCE(\`articles\`.\`title\`, \`videos\`.\`title\`, \`posters\`.\`title\`, \`notes\`.\`title\`)
    FROM \`deliveries_rels\`
    LEFT JOIN \`articles\` ON \`articles\`.\`id\` = \`deliveries_rels\`.\`articles_id\`
    LEFT JOIN \`videos\` ON \`videos\`.\`id\` = \`deliveries_rels\`.\`videos_id\`
    LEFT JOIN \`posters\` ON \`posters\`.\`id\` = \`deliveries_rels\`.\`posters_id\`
    LEFT JOIN \`notes\` ON \`notes\`.\`id\` = \`deliveries_rels\`.\`notes_id\`
    WHERE \`deliveries_rels\`.\`parent_id\` = \`deliveries\`.\`id\` AND \`deliveries_rels\`.\`path\` = 'content'
    LIMIT 1
  );`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`title\`;`)
}
