import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import type { z, ZodIssue, ZodTypeAny } from 'zod'
import { hasRole, type Role } from '../access/roles'
import type { User } from '../payload-types'
import { readCsvBody } from './readCsvBody'
import { readJsonBody } from './readJsonBody'
import { readJsonWithin } from './readJsonWithin'

/** Who may call: anybody (the handler decides), any signed-in user, or users of these roles. */
export type EndpointRoles = 'anyone' | 'signed-in' | readonly Role[]

type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never
/** The route parameters a path declares: `/:id/retry` → `{ id: string }`. */
export type PathParams<P extends string> = { [Name in ParamNames<P>]: string }

type BodySpec = ZodTypeAny | 'csv' | undefined
type BodyOf<B extends BodySpec> = B extends ZodTypeAny ? z.output<B> : B extends 'csv' ? string : undefined
type ParamsOf<P extends string, S extends ZodTypeAny | undefined> = S extends ZodTypeAny ? z.output<S> : PathParams<P>
type UserOf<R extends EndpointRoles> = R extends 'anyone' ? User | null : User

export type EndpointSpec<P extends string, R extends EndpointRoles, B extends BodySpec, S extends ZodTypeAny | undefined> = {
  path: P
  method: Endpoint['method']
  roles: R
  /** The 403 sentence for a signed-in user without one of `roles`, e.g. 只有编辑或管理员可以发布。 */
  refusal?: string
  /** Route parameters, checked by this schema (its first message is a 404); without it, each `:name` of the path as text. */
  params?: S
  /** A zod schema for a JSON body (415 for another type, 400 with the schema's first message), or 'csv' for a CSV import. */
  body?: B
  /** The 400 sentence for a body that fails the schema, when the schema's first message would not say enough. */
  invalidBody?: string | ((issues: readonly ZodIssue[]) => string)
  /** A JSON body larger than `bytes` is not read to the end: 413 with `refusal`, and the connection is closed. */
  bodyLimit?: { bytes: number; refusal: string }
  handler: (args: { req: PayloadRequest; user: UserOf<R>; params: ParamsOf<P, S>; body: BodyOf<B> }) => Promise<Response> | Response
}

const DEFAULT_REFUSAL = '你的角色不能做这件事。'

/**
 * A custom endpoint with the preamble every one of them needs, in this order: who may call (401 for
 * nobody signed in, 403 for a role not in `roles`), the route parameters, then the body.
 */
export function defineEndpoint<
  P extends string,
  R extends EndpointRoles,
  B extends BodySpec = undefined,
  S extends ZodTypeAny | undefined = undefined,
>(spec: EndpointSpec<P, R, B, S>): Endpoint {
  return {
    path: spec.path,
    method: spec.method,
    handler: async (req) => {
      const user = callerOf({ user: req.user, roles: spec.roles, refusal: spec.refusal })
      const params = parseParams({ path: spec.path, routeParams: req.routeParams, schema: spec.params })
      const read = await readBody({ req, spec })
      if (read instanceof Response) return read
      return spec.handler({ req, user, params, body: read })
    },
  }
}

/** The caller when `roles` lets them in; else the 401 or 403 refusal. */
export function callerOf<R extends EndpointRoles>(args: { user: User | null; roles: R; refusal?: string }): UserOf<R>
export function callerOf(args: { user: User | null; roles: EndpointRoles; refusal?: string }): User | null {
  if (args.roles === 'anyone') return args.user
  if (!args.user) throw new APIError('请先登录。', 401, null, true)
  if (args.roles !== 'signed-in' && !hasRole(args.user, ...args.roles)) throw new APIError(args.refusal ?? DEFAULT_REFUSAL, 403, null, true)
  return args.user
}

/** Each `:name` of the path, read from Payload's route parameters as text (or through `schema`, a 404 when they do not fit). */
export function parseParams<P extends string, S extends ZodTypeAny | undefined>(args: {
  path: P
  routeParams: Record<string, unknown> | undefined
  schema?: S
}): ParamsOf<P, S>
export function parseParams(args: { path: string; routeParams: Record<string, unknown> | undefined; schema?: ZodTypeAny }): unknown {
  const names = [...args.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((match) => match[1] ?? '')
  const params = Object.fromEntries(names.map((name) => [name, String(args.routeParams?.[name] ?? '')]))
  if (!args.schema) return params
  const parsed = args.schema.safeParse(params)
  if (!parsed.success) throw new APIError(parsed.error.issues[0]?.message ?? '找不到这个地址。', 404, null, true)
  return parsed.data
}

/** The 400 sentence for a body the schema refused. */
export function invalidBodyMessage(args: {
  issues: readonly ZodIssue[]
  invalidBody?: string | ((issues: readonly ZodIssue[]) => string)
}): string {
  if (typeof args.invalidBody === 'string') return args.invalidBody
  if (args.invalidBody) return args.invalidBody(args.issues)
  return args.issues[0]?.message ?? '请求格式不对。'
}

async function readBody<B extends BodySpec>(args: {
  req: PayloadRequest
  spec: Pick<EndpointSpec<string, EndpointRoles, B, undefined>, 'body' | 'invalidBody' | 'bodyLimit'>
}): Promise<BodyOf<B> | Response>
async function readBody(args: {
  req: PayloadRequest
  spec: {
    body?: BodySpec
    invalidBody?: string | ((issues: readonly ZodIssue[]) => string)
    bodyLimit?: { bytes: number; refusal: string }
  }
}): Promise<unknown> {
  const { req, spec } = args
  if (spec.body === undefined) return undefined
  if (spec.body === 'csv') return readCsvBody(req)
  let json: unknown
  if (spec.bodyLimit) {
    const read = await readJsonWithin({ request: req, maxBytes: spec.bodyLimit.bytes })
    // The rest of the body is never read: close the connection rather than leave it half-read for the next request.
    if (!read.ok && read.reason === 'too_large')
      return Response.json({ errors: [{ message: spec.bodyLimit.refusal }] }, { status: 413, headers: { connection: 'close' } })
    json = read.ok ? read.value : null
  } else json = await readJsonBody(req)
  const parsed = spec.body.safeParse(json)
  if (!parsed.success)
    throw new APIError(invalidBodyMessage({ issues: parsed.error.issues, invalidBody: spec.invalidBody }), 400, null, true)
  return parsed.data
}
