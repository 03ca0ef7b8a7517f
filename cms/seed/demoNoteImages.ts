import type { Payload } from 'payload'

/**
 * The 图文笔记 photos of the demo, drawn as flat illustrations and encoded by the sharp Payload was
 * given (the seed never imports sharp itself): real JPEG files in the library, in the shapes an
 * operator really uploads (3:4, square, 4:3), so the 小红书 package crops them to 1080×1440 around
 * each image's focal point.
 */
export type DemoNoteImage = {
  name: string
  alt: string
  width: number
  height: number
  /** Where the subject is (percent), as the designer would mark it in the library. */
  focal?: { x: number; y: number }
  body: string
}

const FONT = `font-family="WenQuanYi Micro Hei, Noto Sans CJK SC, Source Han Sans SC, sans-serif" font-weight="bold"`

function caption(args: { width: number; y: number; text: string; size: number; color?: string }): string {
  return `<text x="${args.width / 2}" y="${args.y}" text-anchor="middle" font-size="${args.size}" fill="${args.color ?? '#3b2a1a'}" ${FONT}>${args.text}</text>`
}

function orange(x: number, y: number, r: number): string {
  return `<circle cx="${x}" cy="${y}" r="${r}" fill="#f28c1b"/><circle cx="${x - r * 0.3}" cy="${y - r * 0.3}" r="${r * 0.25}" fill="#ffb868" opacity="0.7"/><ellipse cx="${x + r * 0.1}" cy="${y - r * 0.95}" rx="${r * 0.28}" ry="${r * 0.12}" fill="#3f8f3a"/>`
}

export const DEMO_NOTE_IMAGES: readonly DemoNoteImage[] = [
  {
    name: 'note-oranges.jpg',
    alt: '一筐赣南脐橙',
    width: 1080,
    height: 1440,
    body: `<rect width="1080" height="1440" fill="#fff3e0"/>
      <rect x="140" y="760" width="800" height="420" rx="24" fill="#b7793f"/>
      <rect x="140" y="860" width="800" height="24" fill="#9a6232"/><rect x="140" y="1000" width="800" height="24" fill="#9a6232"/>
      ${[230, 390, 550, 710, 860].map((x) => orange(x, 720, 90)).join('')}
      ${[310, 470, 630, 790].map((x) => orange(x, 600, 85)).join('')}
      ${caption({ width: 1080, y: 300, text: '赣南脐橙 到店啦', size: 96 })}
      ${caption({ width: 1080, y: 420, text: '果园到门店 48 小时', size: 56, color: '#8a5a2b' })}`,
  },
  {
    name: 'note-soup.jpg',
    alt: '一碗热腾腾的羊肉汤',
    width: 1080,
    height: 1440,
    body: `<rect width="1080" height="1440" fill="#f4efe6"/>
      <rect y="980" width="1080" height="460" fill="#c9a27a"/>
      <path d="M220 780 Q540 1180 860 780 Z" fill="#ffffff" stroke="#d9d2c5" stroke-width="8"/>
      <ellipse cx="540" cy="780" rx="320" ry="70" fill="#e9c9a0"/>
      <ellipse cx="480" cy="770" rx="60" ry="22" fill="#7bb661"/><ellipse cx="620" cy="785" rx="48" ry="18" fill="#7bb661"/>
      ${[420, 540, 660].map((x) => `<path d="M${x} 680 q-40 -60 0 -120 q40 -60 0 -120" stroke="#c8bfb0" stroke-width="14" fill="none" stroke-linecap="round"/>`).join('')}
      ${caption({ width: 1080, y: 250, text: '入冬暖身羊肉汤', size: 92 })}`,
  },
  {
    name: 'note-shelf.jpg',
    alt: '货架上的冬季囤货',
    width: 1200,
    height: 1200,
    focal: { x: 50, y: 60 },
    body: `<rect width="1200" height="1200" fill="#eef5f0"/>
      ${[520, 780, 1040].map((y) => `<rect x="120" y="${y}" width="960" height="22" fill="#8d6e63"/>`).join('')}
      ${[0, 1, 2]
        .flatMap((row) =>
          [0, 1, 2, 3, 4].map((col) => {
            const colors = ['#e57373', '#ffb74d', '#81c784', '#64b5f6', '#ba68c8']
            const x = 150 + col * 185
            const y = 520 + row * 260
            return `<rect x="${x}" y="${y - 170}" width="140" height="170" rx="14" fill="${colors[(col + row) % 5]}"/>`
          }),
        )
        .join('')}
      ${caption({ width: 1200, y: 220, text: '一家三口 一周囤货清单', size: 84 })}`,
  },
  {
    name: 'note-locker.jpg',
    alt: '小区门口的自提柜',
    width: 1440,
    height: 1080,
    // The lockers stand left of centre: the 3:4 crop keeps them.
    focal: { x: 38, y: 55 },
    body: `<rect width="1440" height="1080" fill="#e8eef7"/>
      <rect y="900" width="1440" height="180" fill="#b0bec5"/>
      <rect x="200" y="300" width="700" height="600" rx="16" fill="#1677ff"/>
      ${[0, 1, 2, 3]
        .flatMap((row) =>
          [0, 1, 2, 3].map((col) => `<rect x="${230 + col * 165}" y="${330 + row * 140}" width="145" height="120" rx="8" fill="#4d96ff"/>`),
        )
        .join('')}
      <rect x="1040" y="560" width="180" height="340" rx="90" fill="#ffcc80"/>
      ${caption({ width: 1440, y: 180, text: '下班路上 自提柜取菜', size: 88 })}`,
  },
  {
    name: 'note-bread.jpg',
    alt: '刚出炉的红糖馒头和南瓜包',
    width: 1080,
    height: 1440,
    body: `<rect width="1080" height="1440" fill="#fff8ec"/>
      <ellipse cx="540" cy="900" rx="440" ry="200" fill="#d7b48a"/>
      ${[
        [360, 820, '#a0522d'],
        [560, 800, '#f0a030'],
        [740, 840, '#a0522d'],
        [450, 940, '#f0a030'],
        [660, 960, '#a0522d'],
      ]
        .map(([x, y, color]) => `<ellipse cx="${x}" cy="${y}" rx="110" ry="80" fill="${color}"/>`)
        .join('')}
      ${caption({ width: 1080, y: 300, text: '红糖馒头 · 南瓜包', size: 92 })}
      ${caption({ width: 1080, y: 420, text: '每天下午三点出炉', size: 56, color: '#8a5a2b' })}`,
  },
  {
    name: 'note-member.jpg',
    alt: '会员日福利卡片',
    width: 1080,
    height: 1440,
    body: `<rect width="1080" height="1440" fill="#ffe9e6"/>
      <rect x="140" y="520" width="800" height="480" rx="40" fill="#d4380d"/>
      <rect x="200" y="580" width="300" height="60" rx="12" fill="#ffd666"/>
      <circle cx="820" cy="640" r="70" fill="#ffd666"/>
      ${caption({ width: 1080, y: 800, text: '满 199 减 30', size: 96, color: '#ffffff' })}
      ${caption({ width: 1080, y: 920, text: '积分翻倍 · 门店自提再减 5 元', size: 48, color: '#ffe7ba' })}
      ${caption({ width: 1080, y: 330, text: '会员日 周四晚 8 点', size: 92 })}`,
  },
]

/** The images as JPEG bytes, encoded by the sharp in Payload's config. */
export async function renderNoteImage(args: { payload: Payload; image: DemoNoteImage }): Promise<Buffer> {
  const sharp = args.payload.config.sharp
  if (!sharp) throw new Error('demo seed: Payload was given no sharp, so the note images cannot be drawn')
  const { width, height, body } = args.image
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}
