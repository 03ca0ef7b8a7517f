import { TOPIC_STATE_LABELS, type TopicState } from './planningLabels'

/**
 * How a 选题 moves, as one pure table (no payload import): who may move it from which state to which,
 * and what the move does to the approval stamp. guardTopic applies it on every save; "start writing"
 * is the one move a topic's owner makes, and only through POST /api/topics/:id/start.
 */
export type TopicMover = 'editorial' | 'start'
/** Who saves: an editor or admin, another teammate, "start writing", or server code acting for no one. */
export type TopicActor = TopicMover | 'member' | 'system'

export type TopicMove = {
  from: TopicState
  to: TopicState
  who: readonly TopicMover[]
  /** approve: stamp approvedBy/approvedAt now; clear: remove the stamp; keep: leave it as it is. */
  stamp: 'approve' | 'clear' | 'keep'
}

export const TOPIC_MOVES: readonly TopicMove[] = [
  { from: 'idea', to: 'approved', who: ['editorial'], stamp: 'approve' },
  { from: 'approved', to: 'idea', who: ['editorial'], stamp: 'clear' },
  { from: 'approved', to: 'in_production', who: ['editorial', 'start'], stamp: 'keep' },
  // Back to 已通过: a start that never made its draft (the process died after claiming) can be started again.
  { from: 'in_production', to: 'approved', who: ['editorial'], stamp: 'keep' },
  { from: 'in_production', to: 'done', who: ['editorial'], stamp: 'keep' },
  { from: 'done', to: 'in_production', who: ['editorial'], stamp: 'keep' },
]

export type TopicMoveResult = { ok: true; stamp: TopicMove['stamp'] } | { ok: false; message: string }

const label = (state: TopicState) => `「${TOPIC_STATE_LABELS[state].zh}」`

/**
 * Whether `actor` may move a topic from `from` to `to`, and what happens to its approval stamp.
 * Staying put is always allowed. Server code acting for no one (seed, migrations) may set any state;
 * a listed move still stamps or clears as it would for a person.
 */
export function topicMove(args: { from: TopicState; to: TopicState; actor: TopicActor }): TopicMoveResult {
  const { from, to, actor } = args
  if (from === to) return { ok: true, stamp: 'keep' }
  const move = TOPIC_MOVES.find((m) => m.from === from && m.to === to)
  if (actor === 'system') return { ok: true, stamp: move?.stamp ?? 'keep' }
  if (!move) {
    const onward = TOPIC_MOVES.filter((m) => m.from === from).map((m) => label(m.to))
    return { ok: false, message: `选题不能从${label(from)}改为${label(to)}：${label(from)}的选题只能改为${onward.join('或')}。` }
  }
  if (actor === 'member' || !move.who.includes(actor)) {
    const how = move.who.includes('start') ? '；执行人请在日历上点「开始写作」' : ''
    return { ok: false, message: `只有编辑或管理员可以把选题从${label(from)}改为${label(to)}${how}。` }
  }
  return { ok: true, stamp: move.stamp }
}

/** The states a topic may move to from `from` by `actor` (for buttons and hints). */
export function topicMovesFrom(args: { from: TopicState; actor: TopicActor }): TopicState[] {
  return TOPIC_MOVES.filter((m) => m.from === args.from && topicMove({ ...args, to: m.to }).ok).map((m) => m.to)
}
