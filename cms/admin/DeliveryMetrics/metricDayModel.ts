import { z } from 'zod'
import { POST_METRIC_LABELS, POST_METRICS, type PostMetric } from '../../../lib/analytics/metricNames'
import { isPlatformId, PLATFORM_PROFILES, type ContentKind } from '../../../lib/platforms'
import { addDays, zonedDate } from '../../../lib/zonedTime'

/** The numbers the quick form takes: every post metric, and the completion rate typed in percent. */
export type FormField = PostMetric | 'completionRate'
export const FORM_FIELDS: readonly FormField[] = [...POST_METRICS, 'completionRate']

export function fieldLabel(field: FormField): string {
  return field === 'completionRate' ? '完读/完播率' : POST_METRIC_LABELS[field].zh
}
/** 人数 (people, counted once) or 次数 (counts of actions): never added together. */
export function fieldUnit(field: FormField): string {
  if (field === 'completionRate') return '%'
  return POST_METRIC_LABELS[field].unit === 'people' ? '人数' : '次数'
}

const count = z.number().int().nonnegative().nullish()
/** A post-metrics row as the form reads it over REST (depth 0). */
export const metricRowSchema = z.object({
  id: z.union([z.string(), z.number()]),
  date: z.string(),
  position: z.number().int().nullish(),
  source: z.enum(['api', 'manual', 'csv']),
  final: z.boolean().nullish(),
  completionRate: z.number().nullish(),
  ...Object.fromEntries(POST_METRICS.map((name) => [name, count])),
})
export type MetricRowView = z.infer<typeof metricRowSchema> & Partial<Record<PostMetric, number | null>>

/** Yesterday in the team's zone: the day the platforms' back offices have complete. */
export function yesterdayIn(args: { now: Date; timeZone: string }): string {
  return addDays(zonedDate({ at: args.now, timeZone: args.timeZone }), -1)
}

/** Where this delivery's numbers come from: the statistics API of its publisher route, or a person. */
export function statsSourceOf(args: { platform: string; kind: ContentKind }): 'api' | 'manual' {
  if (!isPlatformId(args.platform)) return 'manual'
  const route = PLATFORM_PROFILES[args.platform].publishers.find((candidate) =>
    (candidate.contentKinds as readonly ContentKind[]).includes(args.kind),
  )
  return route?.stats ?? 'manual'
}

/** The rows newest day first, the lead before the 次条 of the same day. */
export function sortRows(rows: readonly MetricRowView[]): MetricRowView[] {
  return [...rows].sort((a, b) => (a.date === b.date ? (a.position ?? 1) - (b.position ?? 1) : a.date < b.date ? 1 : -1))
}

/** The fields worth a column: those some row reports (all of them when there is no row yet). */
export function reportedFields(rows: readonly MetricRowView[]): FormField[] {
  const used = FORM_FIELDS.filter((field) => rows.some((row) => typeof row[field] === 'number'))
  return used.length > 0 ? used : [...FORM_FIELDS]
}

export type FormValues = Record<FormField, string>

export function emptyValues(): FormValues {
  return Object.fromEntries(FORM_FIELDS.map((field) => [field, ''])) as FormValues
}

/** A stored row as the form shows it (the rate in percent). */
export function valuesOf(row: MetricRowView): FormValues {
  return Object.fromEntries(
    FORM_FIELDS.map((field) => {
      const value = row[field]
      if (typeof value !== 'number') return [field, '']
      return [field, field === 'completionRate' ? String(Math.round(value * 10_000) / 100) : String(value)]
    }),
  ) as FormValues
}

/**
 * The form's values → the numbers to save, or the first problem in words. Empty is "not reported"
 * (null), never 0; counts are whole and not negative; the rate is typed in percent (55 = 55%).
 */
export function numbersOf(values: FormValues): { ok: true; numbers: Record<FormField, number | null> } | { ok: false; message: string } {
  const numbers = {} as Record<FormField, number | null>
  for (const field of FORM_FIELDS) {
    const text = values[field].trim().replace(/[,，]/g, '')
    if (text === '') {
      numbers[field] = null
      continue
    }
    const value = Number(text.replace(/%$/, ''))
    if (field === 'completionRate') {
      if (!Number.isFinite(value) || value < 0 || value > 100)
        return { ok: false, message: `${fieldLabel(field)}请填 0 到 100 之间的百分数` }
      numbers[field] = Math.round(value * 100) / 10_000
    } else {
      if (!Number.isInteger(value) || value < 0) return { ok: false, message: `${fieldLabel(field)}请填不小于 0 的整数（没有数据请留空）` }
      numbers[field] = value
    }
  }
  if (FORM_FIELDS.every((field) => numbers[field] === null)) return { ok: false, message: '请至少填写一项数据' }
  return { ok: true, numbers }
}

const apiErrorSchema = z.object({
  errors: z
    .array(z.object({ message: z.string(), data: z.object({ errors: z.array(z.object({ message: z.string() })).optional() }).nullish() }))
    .optional(),
})

/** What went wrong in a REST reply, as the API said it: a field's own sentence rather than "以下字段无效". */
export function apiErrorMessage(args: { status: number; body: unknown }): string {
  const parsed = apiErrorSchema.safeParse(args.body)
  const first = parsed.success ? parsed.data.errors?.[0] : undefined
  const fieldMessages = first?.data?.errors?.map((e) => e.message).filter(Boolean) ?? []
  if (fieldMessages.length > 0) return fieldMessages.join('；')
  if (first?.message) return first.message
  if (args.status === 401 || args.status === 403) return '你的角色不能录入数据，请联系编辑或管理员'
  return `保存失败（${args.status}），请稍后重试`
}
