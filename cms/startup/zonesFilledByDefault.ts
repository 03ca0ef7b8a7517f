/**
 * Post-processes the generated types: a required date with a time zone gets a required `<name>_tz`,
 * but Payload fills it with the team's zone (the admin's default) when it is not given, so creating
 * a document need not name it.
 */
export function zonesFilledByDefault(args: { compiledTypes: string }): string {
  return args.compiledTypes.replace(/^(\s+\w+_tz): SupportedTimezones;$/gm, '$1?: SupportedTimezones;')
}
