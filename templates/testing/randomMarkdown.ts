import type { SeededRandom } from '../../tests/helpers/seededRandom'
/** URLs an attacker or a careless paste could put in a link or image. */
export const hostileUrls = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  'javascript%3Aalert(1)',
  '&#106;avascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD4=',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'file:///etc/passwd',
  'https://evil.example/"onmouseover="alert(1)',
  "https://evil.example/'><script>alert(1)</script>",
  'https://mp.weixin.qq.com.evil.example/s/x',
  'https://evil.example/?u=https://mp.weixin.qq.com/',
  'https://mp.weixin.qq.com/s/ok',
  'https://example.com/a b',
  '/relative/path.png',
  'https://cdn.example.com/pic.svg',
  'https://cdn.example.com/pic.jpg',
  'mailto:team@example.com',
]

/** Text and raw HTML that must come out as inert text. */
export const hostileText = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  '<style>*{display:none}</style>',
  '<a href="javascript:alert(1)">x</a>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '"><b onclick=alert(1)>',
  "' onfocus='alert(1)",
  '&lt;script&gt;',
  '&#60;script&#62;',
  '#话题#',
  '双11 大促 🎉',
  '中文 English 混排',
  '👨‍👩‍👧‍👦🇨🇳',
  'https://bare.example.com/path?x=1',
]

function inline(random: SeededRandom): string {
  const text = random.pick(hostileText)
  switch (random.int(8)) {
    case 0:
      return `**${text}**`
    case 1:
      return `*${text}*`
    case 2:
      return `\`${text}\``
    case 3:
      return `[${text}](${random.pick(hostileUrls)})`
    case 4:
      return `![${text}](${random.pick(hostileUrls)} "${random.pick(hostileText)}")`
    case 5:
      return `<${random.pick(hostileUrls)}>`
    case 6:
      return `~~${text}~~`
    default:
      return text
  }
}

function line(random: SeededRandom): string {
  return Array.from({ length: 1 + random.int(4) }, () => inline(random)).join(' ')
}

function block(args: { random: SeededRandom; depth: number }): string {
  const { random, depth } = args
  switch (random.int(9)) {
    case 0:
      return `${'#'.repeat(1 + random.int(6))} ${line(random)}`
    case 1:
      return `> ${line(random)}\n> ${line(random)}`
    case 2:
      return `\`\`\`${random.pick(['', 'js', 'html', '"><x'])}\n${random.pick(hostileText)}\n\t缩进 ${random.pick(hostileText)}\n\`\`\``
    case 3:
      return `| ${line(random)} | b |\n| --- | :-: |\n| ${line(random)} | ${inline(random)} |`
    case 4:
      return `${random.pick(['-', '*', '1.'])} ${line(random)}\n${depth < 3 ? `  - ${line(random)}\n    1. ${line(random)}` : ''}`
    case 5:
      return '---'
    case 6:
      return random.pick(hostileText)
    default:
      return `${line(random)}\n${line(random)}`
  }
}

/** A random Markdown document mixing every construct with hostile URLs and text. */
export function randomMarkdown(random: SeededRandom): string {
  return Array.from({ length: 1 + random.int(12) }, () => block({ random, depth: random.int(4) })).join('\n\n')
}
