import assert from 'node:assert/strict'
import { test } from 'node:test'
import { withTeamLanguage } from './teamLanguage'

test("an English browser gets the team's Chinese by default", () => {
  const headers = withTeamLanguage({ headers: new Headers({ 'accept-language': 'en-US,en;q=0.9', 'x-keep': '1' }), cookieNames: [] })
  assert.equal(headers?.get('accept-language'), 'zh')
  assert.equal(headers?.get('x-keep'), '1')
})

test('a language chosen in the admin (payload-lng cookie) wins', () => {
  assert.equal(withTeamLanguage({ headers: new Headers({ 'accept-language': 'en' }), cookieNames: ['payload-lng', 'payload-token'] }), null)
})
