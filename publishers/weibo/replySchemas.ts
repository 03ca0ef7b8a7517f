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

/** Counters arrive as numbers or, on some endpoints, as digit strings (analytics.md §3). */
const counter = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/).transform(Number)])

/** A status id as the client hands it over: a string (quoted int64, see quoteLongIntegers) or a safe integer. */
const statusId = z.union([
  z.string().regex(/^\d+$/),
  z.number().int().nonnegative().refine(Number.isSafeInteger, 'status id beyond 2^53 arrived unquoted').transform(String),
])

/** `2/statuses/count.json`: one item per known id; unknown or deleted ids are left out. */
export const weiboStatusCountsSchema = z.array(
  z
    .object({ id: statusId, idstr: z.string().regex(/^\d+$/).optional(), comments: counter, reposts: counter, attitudes: counter })
    .passthrough(),
)

/** `2/users/show.json`: only the follower count is read. */
export const weiboUserSchema = z.object({ followers_count: counter }).passthrough()
