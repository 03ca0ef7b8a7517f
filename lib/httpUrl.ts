import { z } from 'zod'

const MAX_URL_LENGTH = 2048

/** True for an absolute http:// or https:// address with a host; false for javascript:, data:, file: and the rest. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

/**
 * The one rule for every web address a person types or pastes (a published article's link, the app's
 * public address, a platform's API base): http or https only, because such a URL ends up in an `href`.
 */
export function httpUrl(message = '请填写以 http:// 或 https:// 开头的完整网址。') {
  return z.string().trim().max(MAX_URL_LENGTH, message).refine(isHttpUrl, { message })
}
