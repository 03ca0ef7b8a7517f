import { describe, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { renderForPlatform, renderPublicHtml, themes } from './index'
import { assertGolden } from './testing/golden'
import { loadMarkdownFixtures } from './testing/markdownFixtures'
import type { PlatformId, RenderResult } from './types'

const goldenDirectory = fileURLToPath(new URL('./__golden__/', import.meta.url))
const bodyFiles: Record<PlatformId, string> = {
  wechat: 'wechat.html',
  toutiao: 'toutiao.html',
  weibo: 'weibo.txt',
  douyin: 'douyin.txt',
  xiaohongshu: 'xiaohongshu.txt',
  channels: 'channels.txt',
}

function metadataOf(result: RenderResult): Omit<RenderResult, 'body'> {
  const { body: _body, ...metadata } = result
  return metadata
}

describe('golden renders of the Markdown corpus', () => {
  for (const fixture of loadMarkdownFixtures()) {
    test(fixture.name, () => {
      const metadata: Record<string, Omit<RenderResult, 'body'>> = {}
      for (const platform of Object.keys(bodyFiles) as PlatformId[]) {
        const result = renderForPlatform({ platform, input: fixture.input })
        assertGolden({ file: `${goldenDirectory}${fixture.name}/${bodyFiles[platform]}`, actual: result.body })
        metadata[platform] = metadataOf(result)
      }
      assertGolden({ file: `${goldenDirectory}${fixture.name}/results.json`, actual: `${JSON.stringify(metadata, null, 2)}\n` })
      assertGolden({ file: `${goldenDirectory}${fixture.name}/public.html`, actual: renderPublicHtml(fixture.input.markdown) })
    })
  }

  test('every theme on the tutorial', () => {
    const tutorial = loadMarkdownFixtures().find((fixture) => fixture.name === 'tech-tutorial')
    if (!tutorial) throw new Error('tech-tutorial fixture missing')
    for (const theme of themes) {
      const result = renderForPlatform({ platform: 'wechat', input: { ...tutorial.input, theme: theme.id } })
      assertGolden({ file: `${goldenDirectory}themes/wechat.${theme.id}.html`, actual: result.body })
    }
  })
})
