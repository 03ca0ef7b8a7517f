import type { EmailAdapter } from 'payload'

/** Payload's email adapter over SMTP_URL, or none (Payload then logs e-mails). Placeholder until built. */
export function emailAdapter(): EmailAdapter | undefined {
  return undefined
}
