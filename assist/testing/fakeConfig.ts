import type { OpenAiFake } from '../../tests/fakes/openai'
import type { AssistConfig } from '../types'

export const FAKE_KEY = 'sk-fake-assist'
export const FAKE_MODEL = 'fake-chat-model'

/** Config pointing at a running OpenAI fake, as the endpoint would build it from lib/env. */
export function fakeConfig(args: { fake: OpenAiFake; overrides?: Partial<AssistConfig> }): AssistConfig {
  return { apiKey: FAKE_KEY, baseURL: args.fake.baseUrl, model: FAKE_MODEL, timeoutMs: 5_000, maxRetries: 2, ...args.overrides }
}
