import type { Page } from 'playwright-core'

/** A browser's own note of a refused request (4xx): the browser tests make such requests on purpose. */
const REFUSED_REQUEST = /^Failed to load resource: the server responded with a status of 4\d\d/

/**
 * Prints, as it happens, what goes wrong inside a test's page: an uncaught script error, a console error
 * (React's hydration and render errors among them) other than a refused request, and a server answer of
 * 500 or more. A browser test that fails on a control that did nothing then says what the page went through.
 * `who`: the person the page is signed in as.
 */
export function reportPageTrouble(page: Page, who: string): void {
  const say = (what: string) => process.stdout.write(`[browser ${who}] ${page.url()} ${what.slice(0, 2000)}\n`)
  page.on('pageerror', (error) => say(`script error: ${error.stack ?? error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error' && !REFUSED_REQUEST.test(message.text())) say(`console error: ${message.text()}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 500) say(`${response.status()} from ${response.request().method()} ${response.url()}`)
  })
}
