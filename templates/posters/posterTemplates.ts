/** Poster templates as data: colours and type; the layout per size lives in posterSvg.ts. */
export type PosterTemplate = { id: string; name: string; background: [string, string]; accent: string; text: string; overlay: number }

export const POSTER_TEMPLATES: PosterTemplate[] = [
  { id: 'festival', name: '节日大促（红金）', background: ['#b71c1c', '#ff7043'], accent: '#ffd54f', text: '#ffffff', overlay: 0.35 },
  { id: 'fresh', name: '清新简约（绿）', background: ['#e8f5e9', '#b2dfdb'], accent: '#07c160', text: '#1b5e20', overlay: 0.15 },
  { id: 'night', name: '夜间会员日（深蓝）', background: ['#0d1b3e', '#283593'], accent: '#40c4ff', text: '#ffffff', overlay: 0.45 },
]

/** The renditions every poster gets (media presets of the same ids prepare them for platforms). */
export const POSTER_SIZES = [
  { id: 'story', width: 1080, height: 1920 },
  { id: 'square', width: 1080, height: 1080 },
  { id: 'banner', width: 900, height: 383 },
] as const
export type PosterSizeId = (typeof POSTER_SIZES)[number]['id']

/** Fonts that carry Chinese glyphs, in order of preference (the project installs one of the last two). */
export const POSTER_FONT_FAMILY = "'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Micro Hei', sans-serif"
