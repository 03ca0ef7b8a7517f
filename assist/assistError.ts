export type AssistErrorCode =
  | 'invalid-input'
  | 'aborted'
  | 'model-output-invalid'
  | 'upstream-auth'
  | 'upstream-rate-limited'
  | 'upstream-bad-request'
  | 'upstream-unavailable'
  | 'upstream-timeout'
  | 'upstream-unreachable'
  | 'upstream-invalid-response'

/** The HTTP status an endpoint should answer with for each failure. */
const HTTP_STATUS: Record<AssistErrorCode, number> = {
  'invalid-input': 400,
  aborted: 499,
  'model-output-invalid': 502,
  'upstream-auth': 502,
  'upstream-rate-limited': 503,
  'upstream-bad-request': 502,
  'upstream-unavailable': 502,
  'upstream-timeout': 504,
  'upstream-unreachable': 502,
  'upstream-invalid-response': 502,
}

/** A task that produced nothing to show. `message` is Chinese and says what to do next. */
export class AssistError extends Error {
  readonly code: AssistErrorCode
  readonly httpStatus: number

  constructor(args: { code: AssistErrorCode; message: string; cause?: unknown }) {
    super(args.message, { cause: args.cause })
    this.name = 'AssistError'
    this.code = args.code
    this.httpStatus = HTTP_STATUS[args.code]
  }
}
