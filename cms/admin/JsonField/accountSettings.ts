import { z } from 'zod'
import { PUSH_MODE_LABELS, type PlatformId } from '../../../lib/platforms'
import { douyinSettingsSchema } from '../../../publishers/douyin/accountSchemas'
import { toutiaoVideoSettingsSchema } from '../../../publishers/toutiao/accountSchemas'
import type { WECHAT_ACCOUNT_TYPES } from '../../../publishers/wechat/accountSchemas'
import { wechatSettingsSchema } from '../../../publishers/wechat/accountSchemas'
import { weiboSettingsSchema } from '../../../publishers/weibo/accountSchemas'

/**
 * What an account's 发布设置 holds, per platform: the publishers' own settings schemas (the ones they
 * parse the stored JSON with), read here to draw one labelled input per setting. Pure; no Payload.
 */
const SETTINGS_SCHEMAS = {
  wechat: wechatSettingsSchema,
  weibo: weiboSettingsSchema,
  // Both Toutiao routes (video API and the hand-off package) take no settings.
  toutiao: toutiaoVideoSettingsSchema,
  douyin: douyinSettingsSchema,
  // 小红书 and 视频号 are hand-offs only: nothing to set.
  xiaohongshu: z.object({}),
  channels: z.object({}),
} satisfies Record<PlatformId, z.AnyZodObject>

type SettingKey = { [P in PlatformId]: keyof z.infer<(typeof SETTINGS_SCHEMAS)[P]> }[PlatformId]

/** Chinese first, as the admin shows them; a setting added to a schema without a label fails the type check. */
const SETTING_LABELS: Record<SettingKey, { label: string; hint?: string }> = {
  defaultAuthor: { label: '默认作者署名', hint: '内容没有填写作者署名时使用' },
  openComments: { label: '开启留言', hint: '没有留言权限的账号开启后会发布失败' },
  onlyFansCanComment: { label: '仅关注者可留言' },
  coverMaterialType: { label: '封面上传方式' },
  linkToPublicPage: { label: '「阅读原文」链接到公开页面' },
  accountType: { label: '账号类型', hint: '决定群发次数：订阅号每天 1 次，服务号每月 4 次' },
  defaultPushMode: { label: '新排期默认推送方式' },
  rip: { label: '操作者真实 IP', hint: '微博要求的 rip；排期时记录了操作者 IP 的以其为准' },
  secureDomain: { label: '安全域名', hint: '微博应用的安全域名：正文中的链接必须在这个域名下' },
  serverPublishing: {
    label: '服务器直接发布',
    hint: '仅当企业的抖音应用已开通「代替用户发布内容」（video.create.bind）时打开；关闭时生成发布包，由运营在手机上用抖音发布',
  },
  privateStatus: { label: '作品可见范围', hint: '服务器直接发布时生效' },
}

const OPTION_LABELS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(PUSH_MODE_LABELS).map(([mode, label]) => [mode, label.zh])),
  ...({ subscription: '订阅号', service: '服务号' } satisfies Record<(typeof WECHAT_ACCOUNT_TYPES)[number], string>),
  image: '图片素材（10MB 以内）',
  thumb: '缩略图素材（64KB 以内的 JPG）',
}

/** Choices written as numbers (抖音 private_status): the form stores the text, the publisher reads it as a number. */
const NUMBER_OPTION_LABELS: Record<string, Record<string, string>> = {
  privateStatus: { '0': '公开', '1': '仅自己可见' },
}

export type SettingInput = {
  key: string
  label: string
  hint?: string
  kind: 'switch' | 'text' | 'choice'
  options: { value: string; label: string }[]
  /** What the publisher uses when the account stores nothing. */
  defaultValue: unknown
  /** May be left unset (no value stored). */
  optional: boolean
}

function unwrap(schema: z.ZodTypeAny): { inner: z.ZodTypeAny; defaultValue: unknown; optional: boolean } {
  if (schema instanceof z.ZodDefault) {
    const inner = unwrap(schema.removeDefault())
    return { ...inner, defaultValue: schema._def.defaultValue() }
  }
  if (schema instanceof z.ZodOptional) return { ...unwrap(schema.unwrap()), optional: true }
  if (schema instanceof z.ZodPipeline) return unwrap(schema._def.out)
  return { inner: schema, defaultValue: undefined, optional: false }
}

/** One input per setting of the platform's schema, in the schema's order; none for an unknown platform. */
export function settingInputs(platform: unknown): SettingInput[] {
  if (typeof platform !== 'string' || !Object.hasOwn(SETTINGS_SCHEMAS, platform)) return []
  const schema: z.AnyZodObject = SETTINGS_SCHEMAS[platform as PlatformId]
  return Object.entries(schema.shape as Record<string, z.ZodTypeAny>).map(([key, field]) => {
    const { inner, defaultValue, optional } = unwrap(field)
    const words = (SETTING_LABELS as Record<string, { label: string; hint?: string }>)[key] ?? { label: key }
    const literals = inner instanceof z.ZodUnion ? (inner.options as z.ZodTypeAny[]).filter((o) => o instanceof z.ZodLiteral) : []
    const options =
      inner instanceof z.ZodEnum
        ? (inner.options as string[]).map((value) => ({ value, label: OPTION_LABELS[value] ?? value }))
        : literals.map((literal) => {
            const value = String((literal as z.ZodLiteral<unknown>).value)
            return { value, label: NUMBER_OPTION_LABELS[key]?.[value] ?? value }
          })
    const kind = inner instanceof z.ZodBoolean ? 'switch' : options.length > 0 ? 'choice' : 'text'
    const shownDefault = literals.length > 0 && defaultValue !== undefined ? String(defaultValue) : defaultValue
    return { key, label: words.label, hint: words.hint, kind, options, defaultValue: shownDefault, optional }
  })
}

/** The stored settings with one setting changed; an emptied optional one is removed, others the form never drew are kept. */
export function withSetting(settings: unknown, key: string, value: string | boolean | null): Record<string, unknown> {
  const current = settings && typeof settings === 'object' && !Array.isArray(settings) ? { ...(settings as Record<string, unknown>) } : {}
  if (value === null || value === '') delete current[key]
  else current[key] = value
  return current
}
