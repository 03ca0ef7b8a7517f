import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { decodeMessage } from './smtp/decodeMessage'

export type CaughtMail = { from: string; to: string[]; subject: string; text: string }

export type SmtpCatcher = {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string
  messages(): CaughtMail[]
  reset(): void
  close(): Promise<void>
}

/** A local SMTP server that accepts every message (no TLS, no login) and records it, decoded. Test tooling. */
export async function startSmtpCatcher(args: { host?: string; port?: number } = {}): Promise<SmtpCatcher> {
  const caught: CaughtMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const { headers, text } = decodeMessage(Buffer.concat(chunks).toString('utf8'))
        caught.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          subject: headers.get('subject') ?? '',
          text,
        })
        callback()
      })
    },
  })
  const host = args.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(args.port ?? 0, host, () => resolve())
  })
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://${host}:${port}`,
    messages: () => [...caught],
    reset: () => void caught.splice(0),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
