import type { AdminViewServerProps } from 'payload'

/** The hand-off package page (/admin/handoff/:id): filled in by the hand-off UI. */
export function HandoffView(_props: AdminViewServerProps) {
  return <div data-testid="handoff-view" />
}
