import assert from 'node:assert/strict'
import type { Locator, Page } from 'playwright-core'
import { login } from '../helpers/rest'
import { DEMO_PASSWORD } from './productionApp'
import { app } from './sharedApp'

/**
 * A page signed in as `email` with its script off: it stays as the server sent it, which is what a
 * click or a keystroke meets before the admin's script has run. The sign-in form needs the script, so
 * the session comes from the API's token as the admin's cookie.
 */
export async function serverHtmlPage(email: string): Promise<Page> {
  const { url } = app()
  const token = await login({ url, email, password: DEMO_PASSWORD })
  const page = await app().page({ options: { javaScriptEnabled: false } })
  await page.context().addCookies([{ name: 'payload-token', value: token, url }])
  return page
}

/** Every control the locator finds is disabled; a failure names the control by its text, else its label. */
export async function assertAllDisabled(controls: Locator): Promise<void> {
  for (const control of await controls.all()) {
    const name = (await control.innerText()) || ((await control.getAttribute('aria-label')) ?? 'a control without a name')
    assert.equal(await control.isDisabled(), true, name)
  }
}
