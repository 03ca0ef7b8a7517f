import assert from 'node:assert/strict'
import { test } from 'node:test'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import type { AfterErrorHookArgs } from 'payload'
import { adminTranslations, privateErrorInTeamWords } from './translations'

const groupsOf = (value: unknown): Record<string, Record<string, string>> => value as Record<string, Record<string, string>>

test("every reworded sentence replaces one of Payload's own keys, with its {{placeholders}}", () => {
  for (const [language, payloadOwn] of [
    ['zh', zh.translations],
    ['en', en.translations],
  ] as const) {
    for (const [group, keys] of Object.entries(groupsOf(adminTranslations[language]))) {
      for (const [key, words] of Object.entries(keys)) {
        const original = groupsOf(payloadOwn)[group]?.[key]
        assert.ok(original !== undefined, `${language}.${group}.${key} is not a Payload key`)
        const placeholders = (text: string) => [...new Set(text.match(/\{\{\w+\}\}/g) ?? [])].sort()
        assert.deepEqual(placeholders(words), placeholders(original), `${language}.${group}.${key} keeps its placeholders`)
      }
    }
  }
  assert.equal(groupsOf(adminTranslations.zh).general?.noLabel, '（未填写{{label}}）')
})

test("Payload's private-error sentence is said in the admin's language; other errors are left alone", async () => {
  const args = (language: string, message: string) =>
    ({ req: { i18n: { language } }, result: { errors: [{ message }] } }) as unknown as AfterErrorHookArgs
  const zhReply = await privateErrorInTeamWords(args('zh', 'Something went wrong.'))
  assert.match(String(zhReply?.response?.errors?.[0]?.message), /^服务器出错了，操作没有完成/)
  const enReply = await privateErrorInTeamWords(args('en', 'Something went wrong.'))
  assert.match(String(enReply?.response?.errors?.[0]?.message), /^The server hit an error/)
  assert.equal(await privateErrorInTeamWords(args('zh', '文件太大')), undefined)
})
