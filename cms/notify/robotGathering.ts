/** How long the first of an event's notifications waits for the others before the robot posts. */
export const ROBOT_GATHER_MS = 1000

type Gathering = { names: string[] }
const open = new Map<string, Gathering>()

/**
 * One event often notifies several people with the same message (a failed post: its owner and its
 * approver; a submit: every editor), each a notification of its own. The team's group should read it
 * once, naming them all: the first notification of an event waits ROBOT_GATHER_MS for the others with
 * the same key (kind, item and message), then `post` runs once with every name. Later ones resolve at
 * once; only the first reports the robot's failure.
 */
export function gatherForRobot(args: {
  key: string
  recipientName: string
  post: (names: readonly string[]) => Promise<void>
}): Promise<void> {
  const joined = open.get(args.key)
  if (joined) {
    if (!joined.names.includes(args.recipientName)) joined.names.push(args.recipientName)
    return Promise.resolve()
  }
  const gathering: Gathering = { names: [args.recipientName] }
  open.set(args.key, gathering)
  return new Promise<void>((resolve) => setTimeout(resolve, ROBOT_GATHER_MS)).then(() => {
    open.delete(args.key)
    return args.post(gathering.names)
  })
}
