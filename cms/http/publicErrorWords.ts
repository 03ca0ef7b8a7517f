import type { AfterErrorHook } from 'payload'

/** What Payload's REST door answers for an error it cannot name (payload/utilities/formatErrors). */
const NAMELESS_ERROR = 'An unknown error occurred.'

/**
 * An afterError hook: a public error keeps its own words. Payload formats an `APIError` by its `name`,
 * which it takes from the class's name, and the production build's minifier leaves `APIError` a class
 * without one: every refusal our endpoints and hooks word for the editor ("这不是小红书的链接…") reached
 * them as "An unknown error occurred." (in `next dev` and the tests the name is there). Payload has
 * already replaced a private error's message by then, so what is left here is public.
 */
export const publicErrorKeepsItsWords: AfterErrorHook = ({ error, result }) => {
  if (!result?.errors?.some((entry) => entry.message === NAMELESS_ERROR)) return
  if (!(error instanceof Error) || !error.message) return
  return {
    response: {
      ...result,
      errors: result.errors.map((entry) => (entry.message === NAMELESS_ERROR ? { ...entry, message: error.message } : entry)),
    },
  }
}
