// A child's output passed on to ours, for as long as someone reads ours. Plain Node, no dependencies.

/**
 * Copies `from` (a child's stdout or stderr) to `to` (ours). When the reader of `to` goes away
 * (`npm test | head`), writing to it fails with EPIPE: from then on the child's output is read and
 * dropped, so that the child runs to its end and the caller still cleans up after it, instead of the
 * failed write ending this process with the child's services left running.
 * @param {{ from: import('node:stream').Readable, to: import('node:stream').Writable }} streams
 */
export function forwardOutput({ from, to }) {
  let readerGone = false
  to.on('error', () => {
    readerGone = true
  })
  from.on('data', (chunk) => {
    if (!readerGone) to.write(chunk)
  })
}
