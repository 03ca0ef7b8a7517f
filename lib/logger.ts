import { pino, type Logger } from 'pino'
import { env } from './env'
import { loggedError, messageOfLoggedError } from './loggedError'

/**
 * JSON lines on stdout. Written through process.stdout.write (not a raw fd) so that a test can
 * capture every line the app logs and check that no secret ever reaches the logs.
 */
export const logger: Logger = pino(
  {
    level: env.LOG_LEVEL,
    serializers: { err: loggedError },
    hooks: { logMethod: messageOfLoggedError },
    redact: {
      paths: [
        '*.password',
        '*.credentials',
        '*.appSecret',
        '*.accessToken',
        '*.refreshToken',
        'req.headers.authorization',
        'req.headers.cookie',
      ],
      censor: '[redacted]',
    },
  },
  { write: (line: string) => process.stdout.write(line) },
)
