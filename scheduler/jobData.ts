import { z } from 'zod'
import { PLATFORMS } from '../lib/platforms'

const id = z.union([z.string().min(1), z.number().int()])

/** What a delivery job carries; the database holds everything else (state, remote ids, the due time). */
export const deliveryJobSchema = z.object({
  deliveryId: id,
  platform: z.enum(PLATFORMS),
  /** The due time it was enqueued for (ISO): for figures only, the calendar entry is the record. */
  runAt: z.string().datetime().optional(),
  /** Status checks made so far for an asynchronous platform. */
  polls: z.number().int().nonnegative().default(0),
  /** When this job first found its delivery `sending` with no live run (epoch ms). */
  staleSince: z.number().optional(),
  /** When this job first found no delivery (it may not be committed yet). */
  missingSince: z.number().optional(),
})
export type DeliveryJobData = z.infer<typeof deliveryJobSchema>
export type DeliveryJobInput = z.input<typeof deliveryJobSchema>

export const enqueueArgsSchema = z.object({
  deliveryId: id,
  platform: z.enum(PLATFORMS, { errorMap: () => ({ message: `platform must be one of ${PLATFORMS.join(', ')}` }) }),
  runAt: z
    .date()
    .refine((d) => !Number.isNaN(d.getTime()), 'runAt is not a valid date')
    .optional(),
})
