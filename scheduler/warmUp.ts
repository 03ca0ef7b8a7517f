import type { Payload } from 'payload'
import { currentMatcher } from '../cms/delivery'
import { PLATFORMS } from '../lib/platforms'
import { renderForPlatform } from '../templates'

/**
 * Work the first delivery of a fresh worker would otherwise pay for, done before it takes jobs: the
 * lexicon's automaton is built and every renderer loaded, so a burst due right after a (re)start goes
 * out on time.
 */
export async function warmUp(payload: Payload): Promise<void> {
  await currentMatcher(payload)
  for (const platform of PLATFORMS) {
    renderForPlatform({
      platform,
      input: { title: '预热', markdown: '## 预热\n\n正文 **加粗** [链接](https://example.com)', publicUrl: 'https://example.com/a' },
    })
  }
}
