/** Demo data goes into an empty database outside production; SEED_DEMO=1 forces it in production. */
export function shouldSeedDemo(args: { userCount: number; isProduction: boolean; forced: boolean }): boolean {
  if (args.userCount > 0) return false
  return !args.isProduction || args.forced
}
