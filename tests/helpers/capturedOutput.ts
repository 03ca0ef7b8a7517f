/**
 * Everything this process writes to stdout and stderr from now (the app's log lines among it), still
 * written through; `stop` ends the capture.
 */
export function capturedOutput(): { text: () => string; stop: () => void } {
  const captured: string[] = []
  const restores = [process.stdout, process.stderr].map((stream) => {
    const original = stream.write
    const write = original.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      captured.push(String(chunk))
      return write(chunk, ...rest)
    }) as typeof stream.write
    return () => {
      stream.write = original
    }
  })
  return { text: () => captured.join(''), stop: () => restores.forEach((restore) => restore()) }
}
