import os from 'node:os'

const undos = new Set<() => void>()
let listening = false

/**
 * What a test file must undo even when it is stopped before its `after` hooks run. Node's runner ends
 * each file with SIGTERM when the run is stopped (Ctrl-C, a kill of `npm test`), and whatever the file
 * started in a process group of its own (a worker, a web server, a private Redis) would run on without
 * it; a library may end the process itself (Payload's migrate calls `process.exit(1)` after a failed
 * migration), which runs no hook either. Each undo is synchronous: it runs in the signal handler or on
 * the process's exit. Returns the function that takes the undo back (call it once the thing is stopped
 * the ordinary way).
 */
export function whenStopped(undo: () => void): () => void {
  if (!listening) {
    listening = true
    process.on('exit', undoAll)
    for (const signal of ['SIGTERM', 'SIGINT'] as const)
      process.on(signal, () => {
        undoAll()
        process.exit(128 + os.constants.signals[signal])
      })
  }
  undos.add(undo)
  return () => undos.delete(undo)
}

function undoAll(): void {
  for (const each of undos) {
    try {
      each()
    } catch {
      // Already gone: nothing to undo.
    }
  }
  undos.clear()
}
