import { APIError, type Endpoint, type Where } from 'payload'
import { roleOf } from '../access/roles'
import { type ContentSlug, relationId } from '../content'
import { defineEndpoint } from '../http/defineEndpoint'
import { availableEvents, REVIEW_RULES } from '../workflow/review'

/** GET /api/{articles|videos|posters}/:id/review: the state, the buttons this user may press, the history. */
export function reviewInfoEndpoint(collection: ContentSlug): Endpoint {
  return defineEndpoint({
    path: '/:id/review',
    method: 'get',
    roles: 'signed-in',
    handler: async ({ req, user, params }) => {
      const asUser = { overrideAccess: false, user, req } as const
      const doc = await req.payload.findByID({ collection, id: params.id, draft: true, depth: 0, disableErrors: true, ...asUser })
      if (!doc) throw new APIError('找不到这条内容，或你没有查看权限。', 404, null, true)
      const state = doc.status
      // The pinned version lives on the main document (a draft read shows the newest version).
      const main = await req.payload.findByID({
        collection,
        id: doc.id,
        depth: 0,
        select: { approvedVersion: true, createdAt: true },
        ...asUser,
      })
      const events = availableEvents({ state, actor: { id: user.id, role: roleOf(user) }, ownerId: relationId(doc.owner) }).map(
        (event) => ({
          event,
          label: REVIEW_RULES[event].label,
          commentRequired: Boolean(REVIEW_RULES[event].commentRequired),
          acknowledgeable: REVIEW_RULES[event].findingsGate === 'approve',
        }),
      )
      const history = await req.payload.find({
        collection: 'review-logs',
        where: historyOf({ collection, id: doc.id, createdAt: main.createdAt }),
        sort: '-at',
        limit: 50,
        depth: 1,
        ...asUser,
      })
      return Response.json({
        state,
        approvedVersion: main.approvedVersion ?? null,
        findings: doc.findings ?? [],
        events,
        history: history.docs.map((log) => ({
          event: log.event,
          from: log.from,
          to: log.to,
          at: log.at,
          by: typeof log.by === 'object' && log.by ? log.by.name : null,
          comment: log.comment ?? null,
          acknowledge: log.acknowledge ?? null,
          title: log.docTitle ?? null,
        })),
      })
    },
  })
}

/**
 * The log names its subject by collection and id, which outlive the item; SQLite hands a deleted
 * item's id to the next one, so entries from before this item existed belong to an earlier one.
 */
function historyOf(args: { collection: ContentSlug; id: string | number; createdAt: string }): Where {
  return {
    and: [
      { docCollection: { equals: args.collection } },
      { docId: { equals: String(args.id) } },
      { at: { greater_than_equal: args.createdAt } },
    ],
  }
}
