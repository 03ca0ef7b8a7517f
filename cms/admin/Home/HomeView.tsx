import type { AdminViewServerProps } from 'payload'
import { AdminViewFrame } from '../AdminViewFrame'

/** /admin: the home page per role, in place of Payload's stock dashboard. Placeholder until built. */
export function HomeView(view: AdminViewServerProps) {
  return <AdminViewFrame view={view} title="首页" render={() => null} />
}
