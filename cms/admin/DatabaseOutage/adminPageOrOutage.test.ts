import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { adminPageOrOutage } from './adminPageOrOutage'

/** Postgres's answer while it shuts down: the database, whatever adapter the tests run on. */
const shuttingDown = () => Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })

const opened = (args: { page: () => Promise<ReactNode>; segments?: string[]; redirect?: string; language?: 'zh' | 'en' }) =>
  adminPageOrOutage({
    page: args.page,
    params: Promise.resolve({ segments: args.segments ?? ['login'] }),
    searchParams: Promise.resolve(args.redirect === undefined ? {} : { redirect: args.redirect }),
    language: async () => args.language ?? 'zh',
  })

test('the admin page as Payload renders it while the database answers', async () => {
  assert.equal(await opened({ page: async () => 'Payload 的页面' }), 'Payload 的页面')
})

test('with the database down: what happened, in the user’s language, and a link back to the page the login was sent to open', async () => {
  const failedQuery = new Error('Failed query: select "users"."id" from "users" limit $1\nparams: 1', { cause: shuttingDown() })
  const zh = renderToStaticMarkup(
    await opened({ page: () => Promise.reject(failedQuery), redirect: '/admin/collections/articles?limit=10' }),
  )
  assert.match(zh, /<h1[^>]*>暂时连不上数据库<\/h1>/)
  assert.match(zh, /不是登录过期，也不是你操作有误。请过一两分钟再点「重新打开」/)
  assert.match(zh, /<a [^>]*href="\/admin\/collections\/articles\?limit=10"[^>]*>重新打开<\/a>/)
  const en = renderToStaticMarkup(await opened({ page: () => Promise.reject(failedQuery), segments: ['calendar'], language: 'en' }))
  assert.match(en, /The database cannot be reached right now/)
  assert.match(en, /<a [^>]*href="\/admin\/calendar"[^>]*>Open again<\/a>/, 'without a redirect: the page itself again')
})

test('a link back only to an admin page of this site', async () => {
  for (const redirect of ['https://evil.example/admin', '//evil.example/admin', '/\\evil.example', '/api/users/me', '/administrator']) {
    const html = renderToStaticMarkup(await opened({ page: () => Promise.reject(shuttingDown()), redirect }))
    assert.match(html, /href="\/admin\/login"/, redirect)
  }
})

test('any other error is Next’s to show, a redirect included', async () => {
  const invalid = new Error('标题不能为空')
  await assert.rejects(opened({ page: () => Promise.reject(invalid) }), invalid)
  const redirect = Object.assign(new Error('NEXT_REDIRECT'), { digest: 'NEXT_REDIRECT;replace;/admin/login;307;' })
  await assert.rejects(opened({ page: () => Promise.reject(redirect) }), redirect)
})
