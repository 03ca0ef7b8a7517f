import type { RenderIssue } from '../types'

export function unknownThemeIssue(themeId: string | null | undefined): RenderIssue {
  return { code: 'theme-unknown', severity: 'warning', message: `未找到排版主题“${themeId ?? ''}”，已使用默认主题。` }
}

export function droppedImagesIssue(args: { count: number; platformLabel: string }): RenderIssue {
  return {
    code: 'images-dropped',
    severity: 'warning',
    actual: args.count,
    message: `已移除 ${args.count} 张 SVG 或地址无效的图片：${args.platformLabel}只接受上传后的 JPG/PNG 等位图。`,
  }
}
