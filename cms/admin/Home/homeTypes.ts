import type { ContentSlug } from '../../content'
import type { DeliveryState } from '../../workflow/deliveryStates'
import type { ReviewState } from '../../workflow/reviewStates'

type Id = string | number

/** What the home page shows, read with the signed-in person's access. Plain data: the page renders it. */
export type HomeItem = { collection: ContentSlug; id: Id; title: string; status: ReviewState; updatedAt: string }

/** An item waiting for review: who submitted it and when, and its first calendar slot (the due date). */
export type ReviewRow = HomeItem & { submitter: string | null; submittedAt: string; due: string | null }

export type SlotRow = {
  id: Id
  publishAt: string
  state: string
  accountName: string
  platform: string
  item: { collection: ContentSlug; id: Id; title: string } | null
  label: string | null
}

export type DeliveryRow = {
  id: Id
  state: DeliveryState
  accountName: string
  item: { collection: ContentSlug; id: Id; title: string } | null
  lastError: { kind?: string; message: string; action: string } | null
  updatedAt: string
}

/** A hand-off waiting for the operator (awaiting_operator): where, what, when it was due, and whether it is late. */
export type OperatorHandoffRow = {
  id: Id
  platform: string
  accountName: string
  item: { collection: ContentSlug; id: Id; title: string } | null
  dueAt: string | null
  late: boolean
}

/** A failure told to someone who may not read deliveries (copywriters, designers): their notification. */
export type FailureNote = { id: Id; message: string; createdAt: string; item: { collection: ContentSlug; id: Id } | null }

export type WeekNumbers = { from: string; to: string; posts: number; readers: number | null; interactionRate: number | null }

/** An account short of its rhythm over the coming 7 days: planned against the target, and its days with nothing planned. */
export type CadenceShortfall = {
  id: Id
  name: string
  platform: string
  planned: number
  expected: number
  missing: number
  emptyDays: string[]
}

/** 未来 7 天排期缺口 and 本周专题: only what is short; null for roles that do not plan the calendar. */
export type CadenceWarning = {
  from: string
  to: string
  accounts: CadenceShortfall[]
  /** This week's (Monday–Sunday) 专题 when fewer than the planning settings ask for, else null. */
  features: { from: string; to: string; expected: number; planned: number; missing: number } | null
}

export type HomeData = {
  editorial: boolean
  today: string
  slotsToday: SlotRow[]
  slotsWeek: SlotRow[]
  drafts: HomeItem[]
  /** null for people who do not review. */
  reviewQueue: ReviewRow[] | null
  /** Deliveries waiting for a person to post by hand; null for people who do not publish. */
  handoffs: DeliveryRow[] | null
  failures: DeliveryRow[] | null
  /** 待发布（交给运营）: hand-offs for the person's accounts (editors and admins: all); null for people with no accounts to post for. */
  awaitingOperator: OperatorHandoffRow[] | null
  failureNotes: FailureNote[]
  numbers: WeekNumbers | null
  cadence: CadenceWarning | null
}
