import { type ChildProcess, spawn } from 'node:child_process'
import net from 'node:net'
import { whenStopped } from './whenStopped'

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

export type Started = { child: ChildProcess; output: () => string; stop: () => Promise<void> }

/** Starts a command in its own process group, collecting its output; stop() ends the whole group. */
export function startProcess(args: { command: string; argv: string[]; cwd: string; env: NodeJS.ProcessEnv }): Started {
  const child = spawn(args.command, args.argv, { cwd: args.cwd, env: args.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  const pid = child.pid
  // A test file stopped before its after hooks ends the group too (the group is out of reach of Ctrl-C).
  const forget = pid === undefined ? () => false : whenStopped(() => process.kill(-pid, 'SIGKILL'))
  child.once('exit', forget)
  let output = ''
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  return {
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.pid === undefined) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        return
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-(child.pid as number), 'SIGKILL')
        } catch {
          // already gone
        }
      }, 5000)
      await exited
      clearTimeout(timer)
    },
  }
}

/** Waits until the process's output says `ready`; throws naming `what`, with its last output, when it exits first or time is up. */
export async function waitForOutput(args: { started: Started; ready: string; what: string; timeoutMs: number }): Promise<void> {
  const { started } = args
  const deadline = Date.now() + args.timeoutMs
  while (!started.output().includes(args.ready)) {
    const exited = started.child.exitCode !== null || started.child.signalCode !== null
    if (exited || Date.now() > deadline)
      throw new Error(`${args.what} ${exited ? 'exited' : 'was not ready in time'}:\n${started.output().slice(-4000)}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

export async function waitForHttp(args: { url: string; timeoutMs: number; started?: Started }): Promise<void> {
  const deadline = Date.now() + args.timeoutMs
  while (Date.now() < deadline) {
    if (args.started && args.started.child.exitCode !== null) {
      throw new Error(`process exited early:\n${args.started.output()}`)
    }
    try {
      const r = await fetch(args.url, { redirect: 'manual' })
      if (r.status < 500) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`timed out waiting for ${args.url}${args.started ? `\n${args.started.output()}` : ''}`)
}
