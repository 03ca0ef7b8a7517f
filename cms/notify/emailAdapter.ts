import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'
import { env } from '../../lib/env'
import { parseMailFrom } from './mailFrom'

/** Gives up on an SMTP server that does not answer, so a notification's e-mail never hangs around. */
const SMTP_TIMEOUT_MS = 10_000

/**
 * Payload's email adapter over nodemailer and SMTP_URL (smtp:// or smtps://), sending as MAIL_FROM.
 * Written here because the official @payloadcms/email-nodemailer cannot be installed: its peer
 * dependency pins payload 3.90.1 and this app runs 3.90.2. Without SMTP_URL there is no adapter and
 * Payload's own console adapter logs each e-mail instead of sending it.
 */
export function emailAdapter(): EmailAdapter | undefined {
  const smtpUrl = env.SMTP_URL
  if (!smtpUrl) return undefined
  const from = parseMailFrom(env.MAIL_FROM)
  return () => {
    const transport = nodemailer.createTransport({
      url: smtpUrl,
      connectionTimeout: SMTP_TIMEOUT_MS,
      greetingTimeout: SMTP_TIMEOUT_MS,
      socketTimeout: SMTP_TIMEOUT_MS,
    })
    return {
      name: 'smtp',
      defaultFromAddress: from.address,
      defaultFromName: from.name,
      sendEmail: async (message) => {
        const sender = message.from ?? (from.name ? { name: from.name, address: from.address } : from.address)
        return transport.sendMail({ ...message, from: sender })
      },
    }
  }
}
