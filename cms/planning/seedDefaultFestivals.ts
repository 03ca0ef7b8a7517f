import type { Payload, PayloadRequest } from 'payload'
import { DEFAULT_FESTIVALS, type DefaultFestival } from './defaultFestivals'

/** A default festival as a 节点 document: its rule spread over calendar, month, day and term. */
function festivalData(festival: DefaultFestival) {
  const { rule } = festival
  return {
    name: festival.name,
    calendar: rule.calendar,
    month: rule.calendar === 'solar_term' ? null : rule.month,
    day: rule.calendar === 'solar_term' ? null : rule.day,
    term: rule.calendar === 'solar_term' ? rule.term : null,
    kind: festival.kind,
    leadDays: festival.leadDays,
    checklist: festival.checklist.map((item) => ({ ...item })),
    enabled: true,
  }
}

async function existingNames(args: { payload: Payload; req?: PayloadRequest }): Promise<Set<string>> {
  const { docs } = await args.payload.find({
    collection: 'festivals',
    where: { name: { in: DEFAULT_FESTIVALS.map((festival) => festival.name) } },
    pagination: false,
    depth: 0,
    select: { name: true },
    overrideAccess: true,
    req: args.req,
  })
  return new Set(docs.map((doc) => doc.name))
}

/** Inserts the 节点 every team plans around (cms/planning/defaultFestivals.ts), skipping names already there. */
export async function seedDefaultFestivals(args: { payload: Payload; req?: PayloadRequest }): Promise<void> {
  const present = await existingNames(args)
  for (const festival of DEFAULT_FESTIVALS) {
    if (present.has(festival.name)) continue
    await args.payload.create({ collection: 'festivals', data: festivalData(festival), overrideAccess: true, req: args.req })
  }
}

/** Removes the default festivals by name (the migration's down); festivals the team added stay. */
export async function removeDefaultFestivals(args: { payload: Payload; req?: PayloadRequest }): Promise<void> {
  await args.payload.delete({
    collection: 'festivals',
    where: { name: { in: DEFAULT_FESTIVALS.map((festival) => festival.name) } },
    overrideAccess: true,
    req: args.req,
  })
}
