import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import type { RenderInput } from '../types'

const fixturesDirectory = fileURLToPath(new URL('../../tests/fixtures/markdown/', import.meta.url))

const fixtureSchema = z.object({
  name: z.string(),
  title: z.string(),
  digest: z.string().nullable(),
  coverUrl: z.string().nullable(),
  publicUrl: z.string().nullable(),
  theme: z.string().nullable(),
  hashtags: z.array(z.string()),
})

export type MarkdownFixture = { name: string; input: RenderInput }

/** The real-world Markdown corpus in tests/fixtures/markdown, with each article's metadata. */
export function loadMarkdownFixtures(): MarkdownFixture[] {
  const entries = z.array(fixtureSchema).parse(JSON.parse(readFileSync(`${fixturesDirectory}fixtures.json`, 'utf8')))
  return entries.map(({ name, ...meta }) => ({
    name,
    input: { ...meta, markdown: readFileSync(`${fixturesDirectory}${name}.md`, 'utf8') },
  }))
}
