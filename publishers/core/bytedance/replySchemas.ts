import { z } from 'zod'

/** Codes and numbers of the ByteDance open platform may arrive as numbers or digit strings (douyin.md §1, §5). */
export const bytedanceCode = z.union([z.number(), z.string()]).transform(String).optional()
export const bytedanceNumber = z.union([
  z.number(),
  z
    .string()
    .regex(/^\d+(\.\d+)?$/)
    .transform(Number),
])

/**
 * `{data:{error_code, description, ...}, extra:{error_code, sub_error_code, ...}}`, HTTP 200 even for errors;
 * the OAuth calls answer `{data:{...}, message}` without `extra` (douyin.md §5, toutiao.md §1.4).
 */
export const bytedanceEnvelopeSchema = z.object({
  data: z.object({ error_code: bytedanceCode, description: z.string().optional() }).passthrough(),
  extra: z.object({ error_code: bytedanceCode, sub_error_code: bytedanceCode, description: z.string().optional() }).passthrough().nullish(),
})

/** `/oauth/access_token/` and `/oauth/refresh_token/`: access 15 days, refresh 30 days (douyin.md §1). */
export const bytedanceTokenDataSchema = z.object({
  data: z.object({
    access_token: z.string().min(1),
    expires_in: bytedanceNumber.pipe(z.number().positive()),
    refresh_token: z.string().min(1).optional(),
    refresh_expires_in: bytedanceNumber.pipe(z.number().positive()).optional(),
    open_id: z.string().min(1),
    scope: z.string().optional(),
  }),
})

/** `/oauth/renew_refresh_token/`: a new 30-day refresh token; the old one stops working. */
export const bytedanceRenewDataSchema = z.object({
  data: z.object({ refresh_token: z.string().min(1), expires_in: bytedanceNumber.pipe(z.number().positive()) }),
})

/** `/oauth/client_token/`: the app's own token (about 2 hours). */
export const bytedanceClientTokenDataSchema = z.object({
  data: z.object({ access_token: z.string().min(1), expires_in: bytedanceNumber.pipe(z.number().positive()) }),
})
