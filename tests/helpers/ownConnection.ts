import http from 'node:http'

export type OwnConnectionReply = { status: number; text: string; sentBytes: number }

/**
 * POSTs `body` on a connection of its own and answers the server's reply, also when the server answers
 * before reading all of it (a body over a size limit) and then drops the connection: sending the rest
 * then fails with EPIPE or a reset, and only no answer at all is an error. fetch rejects such a request
 * whenever the write fails before it has read the answer, which on a busy machine it sometimes does.
 * `body` is one buffer (sent with its length) or the chunks of a body of unknown length (chunked),
 * written as the server takes them.
 */
export function postOnOwnConnection(args: {
  url: string
  headers: Record<string, string>
  body: Buffer | Iterable<Buffer>
}): Promise<OwnConnectionReply> {
  const headers = Buffer.isBuffer(args.body) ? { ...args.headers, 'content-length': String(args.body.length) } : args.headers
  let sentBytes = 0
  return new Promise((resolve, reject) => {
    let answered = false
    const request = http.request(args.url, { method: 'POST', agent: false, headers }, (response) => {
      answered = true
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('error', () => undefined)
      response.on('close', () => {
        if (response.complete) resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), sentBytes })
        else reject(new Error(`the answer (HTTP ${response.statusCode}) was cut off`))
      })
    })
    request.on('error', () => undefined)
    request.on('close', () =>
      answered ? undefined : reject(new Error(`the server closed the connection without an answer after ${sentBytes} bytes`)),
    )
    if (Buffer.isBuffer(args.body)) {
      sentBytes = args.body.length
      request.end(args.body)
      return
    }
    const chunks = args.body[Symbol.iterator]()
    const writeMore = () => {
      for (let next = chunks.next(); !next.done; next = chunks.next()) {
        if (request.destroyed) return
        sentBytes += next.value.length
        if (!request.write(next.value)) return void request.once('drain', writeMore)
      }
      request.end()
    }
    writeMore()
  })
}
