import { APIError, type PayloadRequest } from 'payload'

/**
 * A topic's pillar as it is saved: empty, unchanged, or one of 策划设置's pillars (the team keeps its
 * own list there). A pillar the team has since removed stays on the topics that carry it until
 * someone changes it. Returns the pillar trimmed, or null for none.
 */
export async function checkPillar(args: {
  req: PayloadRequest
  pillar: string | null | undefined
  previous: string | null | undefined
}): Promise<string | null> {
  const pillar = args.pillar?.trim() || null
  if (pillar === null || pillar === (args.previous?.trim() || null)) return pillar
  const settings = await args.req.payload.findGlobal({ slug: 'planning-settings', depth: 0, overrideAccess: true, req: args.req })
  const names = (settings.pillars ?? []).map((row) => row.name.trim()).filter((name) => name.length > 0)
  if (names.includes(pillar)) return pillar
  const hint = names.length > 0 ? `请从${names.map((name) => `「${name}」`).join('、')}中选一个，或留空` : '策划设置里还没有栏目，请先留空'
  throw new APIError(`内容栏目「${pillar}」不在策划设置的栏目清单里：${hint}；要加新栏目，请编辑在「策划设置」里添加。`, 400, null, true)
}
