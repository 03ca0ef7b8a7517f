'use client'
/** Reads a text/event-stream response, calling back per event; ends when the stream or the signal does. */
export async function readEventStream(args: { response: Response; onEvent: (event: string, data: unknown) => void }): Promise<void> {
  const reader = args.response.body?.getReader()
  if (!reader) return
  const decoder = new TextDecoder()
  let buffer = ''
  for (;;) {
    const { value, done } = await reader.read()
    if (done) return
    buffer += decoder.decode(value, { stream: true })
    let end = buffer.indexOf('\n\n')
    while (end >= 0) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message'
      const data = /^data: (.*)$/m.exec(block)?.[1]
      if (data !== undefined) args.onEvent(event, JSON.parse(data))
      end = buffer.indexOf('\n\n')
    }
  }
}
