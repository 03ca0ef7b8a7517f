import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { renderForPlatform, renderPublicHtml } from './index'
import { weiboLength } from './platforms/weibo/weiboLength'
import { countCharacters } from './text/countText'
import { createRandom } from '../tests/helpers/seededRandom'
import { hostileText, randomMarkdown } from './testing/randomMarkdown'
import { decodeAttribute, scanHtml, type ScannedTag } from './testing/scanHtml'

const runs = 300
const wechatTags = new Set([
  'section',
  'p',
  'span',
  'strong',
  'em',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'pre',
  'code',
  'hr',
  'img',
  'figure',
  'figcaption',
  'sup',
  'a',
])
const semanticTags = new Set([
  'p',
  'br',
  'strong',
  'em',
  's',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'pre',
  'code',
  'hr',
  'img',
  'figure',
  'figcaption',
  'a',
])
const allowedAttributes: Record<string, string[]> = {
  a: ['href', 'title', 'target', 'rel', 'style'],
  img: ['src', 'alt', 'title', 'loading', 'style'],
  ol: ['start', 'style'],
  code: ['class', 'style'],
}

/** Independent of the allow-list under test: a URL a browser could run or a local resource. */
function isDangerousUrl(url: string): boolean {
  let decoded = url
  try {
    decoded = decodeURIComponent(url)
  } catch {
    // Not percent-encoded text: the raw URL is checked as it is.
  }
  return [url, decoded].some((candidate) => /^\s*(?:javascript|vbscript|data|file)\s*:/i.test(candidate))
}

function assertAttributesAllowed(tag: ScannedTag): void {
  for (const name of Object.keys(tag.attrs)) {
    assert.ok((allowedAttributes[tag.name] ?? ['style']).includes(name), `<${tag.name} ${name}> is not allowed`)
    assert.ok(!name.startsWith('on'), `event attribute ${name}`)
  }
  const href = tag.attrs.href === undefined ? null : decodeAttribute(tag.attrs.href)
  if (href !== null) assert.ok(!isDangerousUrl(href), `unsafe href ${href}`)
  const src = tag.attrs.src === undefined ? null : decodeAttribute(tag.attrs.src)
  if (src !== null) assert.ok(!isDangerousUrl(src) && !src.startsWith('mailto:'), `unsafe src ${src}`)
  assert.ok(!/url\(|expression|javascript:/i.test(tag.attrs.style ?? ''), 'style with a resource or script')
}

function documents(seed: number): { markdown: string; title: string; digest: string | null; hashtags: string[]; publicUrl: string }[] {
  const random = createRandom(seed)
  return Array.from({ length: runs }, () => ({
    markdown: randomMarkdown(random),
    title: Array.from({ length: random.int(6) }, () => random.pick(hostileText)).join(''),
    digest: random.next() < 0.5 ? null : Array.from({ length: random.int(12) }, () => random.pick(hostileText)).join(' '),
    hashtags: Array.from({ length: random.int(8) }, () => random.pick(hostileText)),
    publicUrl: `https://cms.example.com/articles/${'a'.repeat(random.int(160))}`,
  }))
}

describe('renderer properties over random hostile Markdown', () => {
  test('WeChat: only whitelisted tags, inline styles, no class/id/events, only mp.weixin.qq.com links', () => {
    for (const input of documents(1)) {
      const { body } = renderForPlatform({ platform: 'wechat', input: { ...input, theme: 'tech' } })
      assert.ok(!/[\r\n]/.test(body), 'raw newline in WeChat HTML')
      for (const tag of scanHtml(body)) {
        assert.ok(wechatTags.has(tag.name), `<${tag.name}> in WeChat HTML`)
        assert.equal(tag.attrs.class, undefined)
        assert.equal(tag.attrs.id, undefined)
        assertAttributesAllowed(tag)
        if (tag.name === 'a' && !tag.closing) assert.equal(new URL(decodeAttribute(tag.attrs.href ?? '')).hostname, 'mp.weixin.qq.com')
        if (tag.name === 'img') assert.ok(!decodeAttribute(tag.attrs.src ?? '').endsWith('.svg'))
      }
    }
  })

  test('Toutiao: semantic tags only, no links, no styles beyond cell alignment', () => {
    for (const input of documents(2)) {
      const { body } = renderForPlatform({ platform: 'toutiao', input })
      for (const tag of scanHtml(body)) {
        assert.ok(semanticTags.has(tag.name) && tag.name !== 'a', `<${tag.name}> in Toutiao HTML`)
        assertAttributesAllowed(tag)
        if (tag.attrs.style !== undefined) assert.match(tag.attrs.style, /^text-align:(left|center|right)$/)
      }
    }
  })

  test('public page: semantic tags, safe links and images', () => {
    for (const input of documents(3)) {
      for (const tag of scanHtml(renderPublicHtml(input.markdown))) {
        assert.ok(semanticTags.has(tag.name), `<${tag.name}> in public HTML`)
        assertAttributesAllowed(tag)
      }
    }
  })

  test('Weibo: never over 140 as counted, always carries the public link when it fits', () => {
    for (const input of documents(4)) {
      const { body, images } = renderForPlatform({ platform: 'weibo', input })
      assert.ok(weiboLength(body) <= 140, `${weiboLength(body)}: ${body}`)
      assert.ok(countCharacters(body) <= 140)
      assert.ok(!/[#＃][^#＃\n]{1,64}?[#＃]/.test(body), `#topic# left in: ${body}`)
      assert.ok(images.length <= 1)
      if (weiboLength(` ${input.publicUrl}`) <= 140) assert.ok(body.endsWith(input.publicUrl), body)
    }
  })
})
