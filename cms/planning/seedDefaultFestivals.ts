import type { Payload, PayloadRequest } from 'payload'

/** Placeholder until the default festivals land: inserts the 节点 every team plans around, skipping names already there. */
export async function seedDefaultFestivals(_args: { payload: Payload; req?: PayloadRequest }): Promise<void> {}

/** Placeholder: removes the default festivals (the migration's down). */
export async function removeDefaultFestivals(_args: { payload: Payload; req?: PayloadRequest }): Promise<void> {}
