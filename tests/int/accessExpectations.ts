/**
 * The role table of the CMS issue, written out by hand as expectations (not read from the access
 * code). `true` = the request succeeds and changes what it should; `false` = refused, nothing changes.
 * Update and delete target a document owned by someone else unless the row says otherwise.
 */
export type Actor = 'admin' | 'editor' | 'copywriter' | 'designer' | 'video_producer' | 'operator' | 'anonymous'
export type Op = 'create' | 'read' | 'update' | 'delete'
export type Expectation = Record<Op, Actor[]>

const STAFF: Actor[] = ['admin', 'editor', 'copywriter', 'designer', 'video_producer', 'operator']
const ADMIN: Actor[] = ['admin']
const EDITORIAL: Actor[] = ['admin', 'editor']

export const EXPECTED: Record<string, Expectation> = {
  // copywriters create articles; designers videos and posters; 编导 (video_producer) videos; copywriters,
  // designers and 内容运营 (operator) 小红书 notes; editors and admins all content
  articles: { create: ['admin', 'editor', 'copywriter'], read: STAFF, update: EDITORIAL, delete: ADMIN },
  videos: { create: ['admin', 'editor', 'designer', 'video_producer'], read: STAFF, update: EDITORIAL, delete: ADMIN },
  posters: { create: ['admin', 'editor', 'designer'], read: STAFF, update: EDITORIAL, delete: ADMIN },
  notes: { create: ['admin', 'editor', 'copywriter', 'designer', 'operator'], read: STAFF, update: EDITORIAL, delete: ADMIN },
  // any teammate comments, as themselves, on an item they can read; only the comment's author or an admin changes it
  comments: { create: STAFF, read: STAFF, update: ADMIN, delete: ADMIN },
  campaigns: { create: ['admin', 'editor', 'copywriter', 'designer'], read: STAFF, update: EDITORIAL, delete: ADMIN },
  // the operator is assigned the fixture's account: they change and remove its slots. The fixture's
  // slot is for a draft, which only editors schedule (an operator's slot needs approved content, and
  // their own account: tests/int/operatorAccounts.test.ts)
  'calendar-entries': { create: EDITORIAL, read: STAFF, update: [...EDITORIAL, 'operator'], delete: [...EDITORIAL, 'operator'] },
  // copywriters upload the images of their articles (pasted into the editor)
  media: {
    create: ['admin', 'editor', 'designer', 'copywriter', 'video_producer', 'operator'],
    read: STAFF,
    update: EDITORIAL,
    delete: ADMIN,
  },
  'platform-accounts': { create: ADMIN, read: STAFF, update: ADMIN, delete: ADMIN },
  // one door: editors and admins create through "publish now" (POST /api/deliveries, approved content
  // only); the collection's own create (GraphQL, duplicate) is closed (tests/int/security/deliveryDoor);
  // only the product's code moves a delivery, and the record is never deleted. The operator reads the
  // deliveries of their account; they publish only to it (each create here uses a fresh account)
  deliveries: { create: EDITORIAL, read: [...EDITORIAL, 'operator'], update: [], delete: [] },
  'sensitive-words': { create: EDITORIAL, read: STAFF, update: EDITORIAL, delete: EDITORIAL },
  // append-only: nobody writes through an API, admins included
  'review-logs': { create: [], read: STAFF, update: [], delete: [] },
  // teammates read each other (owner and approver show by name); only admins change another user
  users: { create: ADMIN, read: STAFF, update: ADMIN, delete: ADMIN },
  // messages to one user: each reads and marks their own (the fixture's recipient is the admin)
  notifications: { create: [], read: ADMIN, update: ADMIN, delete: ADMIN },
  // a post's and an account's numbers per day: every teammate reads them (the weekly meeting);
  // editors and admins enter and correct them by hand (the collector writes without a user)
  'post-metrics': { create: EDITORIAL, read: STAFF, update: EDITORIAL, delete: EDITORIAL },
  'account-metrics': { create: EDITORIAL, read: STAFF, update: EDITORIAL, delete: EDITORIAL },
  // the dashboard's stored day sheets of those numbers: read like them, written by nobody through an API
  'metric-days': { create: [], read: STAFF, update: [], delete: [] },
  // 选题: any teammate proposes one (theirs, as an idea) and edits their own; editors and admins
  // approve and change every topic; only they remove one
  topics: { create: STAFF, read: STAFF, update: EDITORIAL, delete: EDITORIAL },
  // 节点 and 案例库: the editors keep them, every teammate reads them; only an admin deletes one
  festivals: { create: EDITORIAL, read: STAFF, update: EDITORIAL, delete: ADMIN },
  'campaign-templates': { create: EDITORIAL, read: STAFF, update: EDITORIAL, delete: ADMIN },
}

/** Rows about a document's owner and state, beyond the plain matrix. */
export type OwnRow = {
  collection: 'articles' | 'videos' | 'posters' | 'notes' | 'campaigns' | 'media' | 'topics'
  actor: Actor
  own: boolean
  status?: string
  allowed: boolean
}

export const OWNERSHIP_ROWS: OwnRow[] = [
  { collection: 'articles', actor: 'copywriter', own: true, status: 'draft', allowed: true },
  { collection: 'articles', actor: 'copywriter', own: true, status: 'changes_requested', allowed: true },
  { collection: 'articles', actor: 'copywriter', own: true, status: 'in_review', allowed: false },
  { collection: 'articles', actor: 'copywriter', own: true, status: 'approved', allowed: false },
  { collection: 'articles', actor: 'copywriter', own: true, status: 'published', allowed: false },
  { collection: 'articles', actor: 'copywriter', own: false, status: 'draft', allowed: false },
  { collection: 'articles', actor: 'designer', own: true, status: 'draft', allowed: false },
  { collection: 'posters', actor: 'designer', own: true, status: 'draft', allowed: true },
  { collection: 'posters', actor: 'designer', own: true, status: 'approved', allowed: false },
  { collection: 'posters', actor: 'designer', own: false, status: 'draft', allowed: false },
  { collection: 'videos', actor: 'designer', own: true, status: 'changes_requested', allowed: true },
  { collection: 'videos', actor: 'copywriter', own: true, status: 'draft', allowed: false },
  { collection: 'videos', actor: 'video_producer', own: true, status: 'draft', allowed: true },
  { collection: 'videos', actor: 'video_producer', own: true, status: 'changes_requested', allowed: true },
  { collection: 'videos', actor: 'video_producer', own: true, status: 'in_review', allowed: false },
  { collection: 'videos', actor: 'video_producer', own: true, status: 'approved', allowed: false },
  { collection: 'videos', actor: 'video_producer', own: false, status: 'draft', allowed: false },
  { collection: 'articles', actor: 'video_producer', own: true, status: 'draft', allowed: false },
  { collection: 'notes', actor: 'operator', own: true, status: 'draft', allowed: true },
  { collection: 'notes', actor: 'operator', own: true, status: 'in_review', allowed: false },
  { collection: 'notes', actor: 'operator', own: true, status: 'approved', allowed: false },
  { collection: 'notes', actor: 'operator', own: false, status: 'draft', allowed: false },
  { collection: 'notes', actor: 'copywriter', own: true, status: 'draft', allowed: true },
  { collection: 'notes', actor: 'video_producer', own: true, status: 'draft', allowed: false },
  { collection: 'articles', actor: 'operator', own: true, status: 'draft', allowed: false },
  { collection: 'campaigns', actor: 'copywriter', own: true, allowed: true },
  { collection: 'campaigns', actor: 'designer', own: true, allowed: true },
  { collection: 'media', actor: 'designer', own: true, allowed: true },
  { collection: 'media', actor: 'copywriter', own: true, allowed: true },
  { collection: 'media', actor: 'video_producer', own: true, allowed: true },
  { collection: 'media', actor: 'operator', own: true, allowed: true },
  { collection: 'media', actor: 'operator', own: false, allowed: false },
  { collection: 'topics', actor: 'copywriter', own: true, allowed: true },
  { collection: 'topics', actor: 'designer', own: true, allowed: true },
  { collection: 'topics', actor: 'video_producer', own: true, allowed: true },
  { collection: 'topics', actor: 'operator', own: true, allowed: true },
  { collection: 'topics', actor: 'copywriter', own: false, allowed: false },
  { collection: 'topics', actor: 'operator', own: false, allowed: false },
]
