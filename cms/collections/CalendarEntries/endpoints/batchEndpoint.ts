import { APIError, commitTransaction, initTransaction, killTransaction, type PayloadRequest, ValidationError } from 'payload'
import { mayActOnAccount } from '../../../access/accountAssignment'
import { unassignedAccountMessage } from '../../../access/accountRefusal'
import { type BatchBody, type BatchError, batchBody, entryDataOf, slotError } from '../../../calendar/batchSlots'
import { holdDeliveryJobs, releaseDeliveryJobs } from '../../../calendar/deferredDeliveryJobs'
import { coerceId } from '../../../calendar/entryIds'
import { defineEndpoint } from '../../../http/defineEndpoint'
import type { CalendarEntry, User } from '../../../payload-types'

/**
 * POST /api/calendar-entries/batch: one item on several accounts, each at its own time, all or none.
 * Every slot is first checked by the single create itself (field rules, planEntry: time, account fit,
 * approval, push quota) in a transaction that is rolled back, so all problems come back at once; then
 * all are created in one transaction, their jobs enqueued only after the commit.
 */
export const batchEndpoint = defineEndpoint({
  path: '/batch',
  method: 'post',
  // The collection's create access; the creates below check it again, and the accounts an operator may use.
  roles: ['admin', 'editor', 'operator'],
  refusal: '只有编辑或管理员（以及负责账号的内容运营）可以排期。',
  body: batchBody,
  invalidBody: (issues) => `排期内容不完整：${issues[0]?.message ?? '请求格式不对。'}`,
  handler: async ({ req, user, body }) => {
    const names = await accountNames({ req, body })
    // An operator's batch on an account not theirs is refused whole, before anything is tried.
    const unassigned = unassignedSlots({ user, body, names })
    if (unassigned.length > 0) return Response.json({ errors: unassigned }, { status: 403 })
    const problems: BatchError[] = []
    for (let index = 0; index < body.slots.length; index += 1) {
      const problem = await checkSlot({ req, user, body, index })
      if (problem) problems.push(slotError({ index, accountName: names.get(String(body.slots[index].account)) ?? null, message: problem }))
    }
    if (problems.length > 0) return Response.json({ errors: problems }, { status: 400 })
    const created = await createAll({ req, user, body })
    if ('error' in created) {
      const { index, message } = created.error
      return Response.json(
        { errors: [slotError({ index, accountName: names.get(String(body.slots[index].account)) ?? null, message })] },
        { status: 400 },
      )
    }
    return Response.json({ docs: created.docs, message: `已创建 ${created.docs.length} 条排期。` }, { status: 201 })
  },
})

type Args = { req: PayloadRequest; user: User; body: BatchBody }

/** The slot written as the single create writes it, then rolled back; its refusal in words, or null. */
async function checkSlot(args: Args & { index: number }): Promise<string | null> {
  const { req } = args
  if (!(await initTransaction(req))) throw new APIError('数据库不支持事务，无法一次创建多个排期。', 500, null, true)
  req.context.entryCheckOnly = true
  try {
    await createSlot(args)
    return null
  } catch (error) {
    return problemOf(error)
  } finally {
    delete req.context.entryCheckOnly
    // A failed create has already rolled back and dropped the transaction; a successful one is undone here.
    await killTransaction(req)
  }
}

async function createAll(args: Args): Promise<{ docs: CalendarEntry[] } | { error: { index: number; message: string } }> {
  const { req } = args
  if (!(await initTransaction(req))) throw new APIError('数据库不支持事务，无法一次创建多个排期。', 500, null, true)
  holdDeliveryJobs(req)
  const docs: CalendarEntry[] = []
  for (let index = 0; index < args.body.slots.length; index += 1) {
    try {
      docs.push(await createSlot({ ...args, index }))
    } catch (error) {
      // Slots together can refuse what each alone passed (two 群发 on a one-a-day account).
      await killTransaction(req)
      await releaseDeliveryJobs({ req, enqueue: false })
      return { error: { index, message: problemOf(error) } }
    }
  }
  await commitTransaction(req)
  await releaseDeliveryJobs({ req, enqueue: true })
  return { docs }
}

function createSlot(args: Args & { index: number }): Promise<CalendarEntry> {
  return args.req.payload.create({
    collection: 'calendar-entries',
    req: args.req,
    user: args.user,
    overrideAccess: false,
    data: entryDataOf(args.body, args.index) as Omit<CalendarEntry, 'id' | 'createdAt' | 'updatedAt'>,
    depth: 0,
  })
}

function unassignedSlots(args: { user: User; body: BatchBody; names: Map<string, string> }): BatchError[] {
  return args.body.slots.flatMap((slot, index) =>
    mayActOnAccount(args.user, slot.account)
      ? []
      : [
          {
            slot: index,
            message: unassignedAccountMessage({
              accountName: args.names.get(String(slot.account)) ?? `账号 ${slot.account}`,
              action: 'schedule',
            }),
          },
        ],
  )
}

async function accountNames(args: Pick<Args, 'req' | 'body'>): Promise<Map<string, string>> {
  const idType = args.req.payload.db.defaultIDType
  const ids = [...new Set(args.body.slots.map((slot) => coerceId(slot.account, idType)))]
  const usable = ids.filter((id): id is string | number => (idType === 'number' ? typeof id === 'number' : true))
  if (usable.length === 0) return new Map()
  const { docs } = await args.req.payload.find({
    collection: 'platform-accounts',
    where: { id: { in: usable } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req: args.req,
  })
  return new Map(docs.map((doc) => [String(doc.id), doc.name]))
}

/** The sentence a hook or a field's validation gave, with the field it is about. */
function problemOf(error: unknown): string {
  if (error instanceof ValidationError) {
    const messages = error.data.errors.map((e) => `${labelOf(e.label) ?? e.path}：${e.message}`)
    if (messages.length > 0) return messages.join('；')
  }
  if (error instanceof APIError && error.isPublic) return error.message
  return '保存失败，请稍后重试；如果一再出现，请联系管理员。'
}

function labelOf(label: unknown): string | null {
  if (typeof label === 'string') return label
  if (label !== null && typeof label === 'object' && 'zh' in label && typeof label.zh === 'string') return label.zh
  return null
}
