import type { CollectionBeforeValidateHook } from 'payload'
import { normaliseEntryIds } from '../../../calendar/entryIds'
import type { CalendarEntry } from '../../../payload-types'

/** Every door (REST, the calendar form, CSV, the batch): `account: "1"` is saved as account 1 where ids are numbers. */
export const normaliseIds: CollectionBeforeValidateHook<CalendarEntry> = ({ data, req }) =>
  data ? normaliseEntryIds(data, req.payload.db.defaultIDType) : data
