import assert from 'node:assert/strict'
import { api } from './rest'

type Article = { url: string; token: string; id: number | string }

/** Takes the edit lock on the article in the token's user's name over REST, as Payload's pages do; the lock's id. */
export async function takeEditLock(args: Article): Promise<number | string> {
  const me = await api<{ user: { id: number | string } }>({ ...args, method: 'GET', path: '/api/users/me' })
  const taken = await api<{ doc: { id: number | string } }>({
    ...args,
    method: 'POST',
    path: '/api/payload-locked-documents',
    body: { document: { relationTo: 'articles', value: args.id }, user: { relationTo: 'users', value: me.body.user.id } },
  })
  assert.equal(taken.status, 201, JSON.stringify(taken.body))
  return taken.body.doc.id
}

/** Who holds an edit lock on the article (their user ids), as the token's user reads it. */
export async function editLockHolders(args: Article): Promise<string[]> {
  const where = `where[document.relationTo][equals]=articles&where[document.value][equals]=${args.id}&depth=0`
  const reply = await api<{ docs: { user: { value: number | string } }[] }>({
    ...args,
    method: 'GET',
    path: `/api/payload-locked-documents?${where}`,
  })
  assert.equal(reply.status, 200, JSON.stringify(reply.body))
  return reply.body.docs.map((lock) => String(lock.user.value))
}
