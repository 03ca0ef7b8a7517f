import { z } from 'zod'
import { PLATFORMS } from '../lib/platforms'
import { ASSIST_TASKS } from './types'
import type { AssistConfig, AssistInput, AssistTask, PastTitleTest, StyleGuide } from './types'

/** The boundary: what an endpoint, a form or lib/env hands to assist is checked here, once. */
export const assistTaskSchema = z.enum(ASSIST_TASKS) satisfies z.ZodType<AssistTask>

const phrases = z.array(z.string().trim().min(1).max(200)).max(50)

export const styleGuideSchema = z.object({
  do: phrases.default([]),
  dont: phrases.default([]),
  bannedPhrases: phrases.default([]),
}) satisfies z.ZodType<StyleGuide, z.ZodTypeDef, unknown>

const testedTitle = z.object({ title: z.string().trim().min(1).max(200), value: z.number().finite().min(0) })

export const pastTitleTestSchema = z.object({
  metric: z.string().trim().min(1).max(20),
  winner: testedTitle,
  losers: z.array(testedTitle).min(1).max(4),
}) satisfies z.ZodType<PastTitleTest, z.ZodTypeDef, unknown>

const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .optional()
    .transform((value) => (value?.trim() ? value : undefined))

export const assistInputSchema = z.object({
  text: optionalText(60_000),
  title: optionalText(200),
  brief: optionalText(10_000),
  instruction: optionalText(2_000),
  platform: z.enum(PLATFORMS).optional(),
  count: z.number().int().min(1).max(10).optional(),
  maxLength: z.number().int().min(10).max(50_000).optional(),
  hashtags: z.array(z.string().trim().min(1).max(40)).max(10).optional(),
  styleGuide: styleGuideSchema.optional(),
  pastTitleTests: z.array(pastTitleTestSchema).max(10).optional(),
}) satisfies z.ZodType<AssistInput, z.ZodTypeDef, unknown>

export const assistConfigSchema = z.object({
  apiKey: z
    .string()
    .optional()
    .transform((value) => (value?.trim() ? value.trim() : undefined)),
  baseURL: z.string().url().optional(),
  model: z.string().trim().min(1),
  taskModels: z.record(assistTaskSchema, z.string().trim().min(1)).optional(),
  timeoutMs: z.number().int().positive().optional(),
  maxRetries: z.number().int().min(0).max(10).optional(),
}) satisfies z.ZodType<AssistConfig, z.ZodTypeDef, unknown>
