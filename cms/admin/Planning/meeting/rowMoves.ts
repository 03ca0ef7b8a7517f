import type { TopicState } from '../../../planning/planningLabels'

/** A move the 选题会 offers on a row: 通过 (idea → approved) or 退回 (approved → idea). */
export type RowMove = 'approve' | 'sendBack'

export const MOVE_TARGET: Record<RowMove, TopicState> = { approve: 'approved', sendBack: 'idea' }

/** The buttons a row shows to an editor: only the moves the topic rules allow from its state. */
export function movesFor(state: TopicState): RowMove[] {
  if (state === 'idea') return ['approve']
  if (state === 'approved') return ['sendBack']
  return []
}

/** The ids 本周全部通过 approves: every idea of the week, states as the page currently shows them. */
export function ideasToApprove(topics: { id: string | number; state: TopicState }[]): (string | number)[] {
  return topics.filter((topic) => topic.state === 'idea').map((topic) => topic.id)
}
