import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'
import { removeDefaultFestivals, seedDefaultFestivals } from '../../planning/seedDefaultFestivals'

/** Data, not schema: the 节点 every team plans around, with lead times and checklists (editable afterwards). */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await seedDefaultFestivals({ payload, req })
}

export async function down({ payload, req }: MigrateDownArgs): Promise<void> {
  await removeDefaultFestivals({ payload, req })
}
