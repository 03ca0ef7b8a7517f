/** How deep a chain is followed: drizzle's error wraps the driver's, and ours or GraphQL's wrap drizzle's. */
const MAX_ERRORS = 5

/**
 * `error` and the errors it wraps, outermost first: the standard `cause` (drizzle's failed query, our own
 * errors) and GraphQL's `originalError` (a resolver's error), at most five. Anything that is not an Error
 * ends the chain.
 */
export function errorChain(error: unknown): Error[] {
  const chain: Error[] = []
  for (let current = error; current instanceof Error && chain.length < MAX_ERRORS; current = wrappedBy(current)) chain.push(current)
  return chain
}

/** What `error` wraps, if anything. */
export const wrappedBy = (error: Error): unknown => error.cause ?? Reflect.get(error, 'originalError')
