/**
 * Errors that are routine, not an error to wake an operator for (a mistyped password, a refused request,
 * a validation message), by the error's name, with the level they are logged at. Payload's `loggingLevels`
 * for its REST door; the logger's hook (lib/loggedError.ts) for GraphQL, where Payload logs the same
 * errors wrapped in a GraphQLError whose name is never in that list.
 */
export const ROUTINE_ERROR_LEVELS = {
  APIError: 'info',
  AuthenticationError: 'info',
  Forbidden: 'info',
  NotFound: 'info',
  ValidationError: 'info',
  QueryError: 'warn',
  LockedAuth: 'warn',
} as const satisfies Record<string, 'info' | 'warn'>

export type RoutineLevel = (typeof ROUTINE_ERROR_LEVELS)[keyof typeof ROUTINE_ERROR_LEVELS]

/** The level a routine error is logged at, by its name; null for any other. */
export function routineLevelOf(error: Error): RoutineLevel | null {
  return Object.hasOwn(ROUTINE_ERROR_LEVELS, error.name) ? ROUTINE_ERROR_LEVELS[error.name as keyof typeof ROUTINE_ERROR_LEVELS] : null
}
