import assert from 'node:assert/strict'
import path from 'node:path'
import { describe, test } from 'node:test'
import { editLockHolders, takeEditLock } from '../../helpers/editLocks'
import { api, draftArticle, login } from '../../helpers/rest'
import { waitFor } from '../../helpers/waitFor'
import { artifactsDir, DEMO_PASSWORD, onPage } from '../productionApp'
import { app } from '../sharedApp'

/**
 * Payload's “正在编辑” lock in Chromium on the production build, with locks open over REST only in one's own
 * name (cms/access/editLocks.ts): the editor who opens an article the writer holds is told who is editing it,
 * and 接管 (a PATCH of the lock in the editor's name) still hands the lock to the editor.
 */
export function editLockTests(): void {
  describe("Payload's edit lock", () => {
    test('the editor opens a draft the writer has open, is told who, and takes it over', async () => {
      const { url } = app()
      const writerToken = await login({ url, email: 'copywriter@demo.local', password: DEMO_PASSWORD })
      const editorToken = await login({ url, email: 'editor@demo.local', password: DEMO_PASSWORD })
      const id = await draftArticle({ url, token: writerToken, data: { title: '周末市集' } })
      const holders = () => editLockHolders({ url, token: editorToken, id })
      const userId = async (token: string) =>
        String((await api<{ user: { id: number } }>({ url, method: 'GET', path: '/api/users/me', token })).body.user.id)
      const [writerId, editorId] = [await userId(writerToken), await userId(editorToken)]
      const shots = artifactsDir('edit-locks')

      // The writer's lock taken over REST in their own name, as their form's is (an autosave clears the form's own
      // lock until the next change, so a typing page would leave it there only some of the time).
      await takeEditLock({ url, token: writerToken, id })
      assert.deepEqual(await holders(), [writerId])

      const editor = await app().page({ email: 'editor@demo.local' })
      await onPage(editor, path.join(shots, 'failure.png'), async () => {
        await editor.goto(`${url}/admin/collections/articles/${id}`)
        const dialog = editor.locator('.document-locked')
        await dialog.waitFor({ timeout: 60_000 })
        assert.match(await dialog.innerText(), /copywriter@demo\.local/, 'the dialog names who is editing')
        await editor.screenshot({ path: path.join(shots, '1-locked.png'), fullPage: true })
        await dialog.getByRole('button', { name: '接管' }).click()
        await waitFor({
          what: 'the lock to pass to the editor',
          timeoutMs: 30_000,
          check: async () => (await holders()).join() === editorId,
        })
        await dialog.waitFor({ state: 'detached', timeout: 30_000 })
        await editor.screenshot({ path: path.join(shots, '2-taken-over.png'), fullPage: true })
      })
    })
  })
}
