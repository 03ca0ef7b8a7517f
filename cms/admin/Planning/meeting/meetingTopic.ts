import type { TOPIC_SOURCE_LABELS, TopicState } from '../../../planning/planningLabels'

/** One topic as the 选题会 shows it: plain values, ready to cross to the browser. */
export type MeetingTopic = {
  id: string | number
  title: string
  pillar: string | null
  source: keyof typeof TOPIC_SOURCE_LABELS | null
  ownerName: string
  accountNames: string[]
  /** ISO instant, or null for a topic not yet given a due date. */
  dueDate: string | null
  state: TopicState
}

export type Lang = 'zh' | 'en'
