import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const directory = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')

export type ArticleFixture = { name: string; title: string; markdown: string }

/** The three marketing articles in assist/fixtures: a 618 campaign, a product explainer, a merchant story. */
export function articleFixtures(): ArticleFixture[] {
  return fs
    .readdirSync(directory)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const markdown = fs.readFileSync(path.join(directory, file), 'utf8')
      const title = /^#\s+(.+)$/m.exec(markdown)?.[1].trim() ?? ''
      return { name: file, title, markdown }
    })
}

/** Markdown syntax that must not survive in plain text. */
export const markdownSyntax = /\*\*|__|`|!\[|\]\(|^#{1,6}\s|^>\s?|^\s*[-*+]\s|^\s*\d+[.)]\s|~~|<\/?[a-z]/m
