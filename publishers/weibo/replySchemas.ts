import { z } from 'zod'

/** `{request, error_code, error}` (REST) or `{error, error_code, error_description}` (OAuth); codes as number or string. */
export const weiboErrorSchema = z.object({
  error_code: z.union([z.number(), z.string()]).transform(String),
  error: z.string().optional(),
  error_description: z.string().optional(),
})

/** A status; `id` exceeds 2^53, so only `idstr` is used. */
export const weiboStatusSchema = z
  .object({
    idstr: z.string().regex(/^\d+$/),
    mid: z.string().optional(),
    user: z.object({ idstr: z.string().optional() }).passthrough().optional(),
  })
  .passthrough()

const seconds = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)])

export const weiboAccessTokenSchema = z.object({
  access_token: z.string().min(1),
  expires_in: seconds,
  uid: z.union([z.string(), z.number()]).transform(String),
})

export const weiboTokenInfoSchema = z.object({
  uid: z.union([z.string(), z.number()]).transform(String),
  appkey: z.union([z.string(), z.number()]).transform(String),
  expire_in: seconds.optional(),
  expires_in: seconds.optional(),
})
