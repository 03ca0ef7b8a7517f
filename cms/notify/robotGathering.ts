/** How long the first of an event's notifications waits for the others before the robot posts. */
export const ROBOT_GATHER_MS = 1000

type Gathering = { names: string[]; posted: Promise<void> }
const open = new Map<string, Gathering>()

/**
 * One event often notifies several people with the same message (a failed post: its owner and its
 * approver; a submit: every editor), each a notification of its own. The team's group should read it
 * once, naming them all: the first notification of an event waits ROBOT_GATHER_MS for the others with
 * the same key (kind, item and message), then `post` runs once with every name. Every notification
 * that joined settles with that one post, so each records whether its copy reached the group.
 */
export function gatherForRobot(args: {
  key: string
  recipientName: string
  post: (names: readonly string[]) => Promise<void>
}): Promise<void> {
  const joined = open.get(args.key)
  if (joined) {
    if (!joined.names.includes(args.recipientName)) joined.names.push(args.recipientName)
    return joined.posted
  }
  const names = [args.recipientName]
  const posted = new Promise<void>((resolve) => setTimeout(resolve, ROBOT_GATHER_MS)).then(() => {
    open.delete(args.key)
    return args.post(names)
  })
  open.set(args.key, { names, posted })
  return posted
}
