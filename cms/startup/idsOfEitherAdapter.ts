/**
 * Post-processes the generated types: SQLite's schema gives numeric ids, MongoDB's string ones, and
 * the code runs on both, so every id, and every relationship's id, is `string | number`.
 */
export function idsOfEitherAdapter(args: { compiledTypes: string }): string {
  return args.compiledTypes
    .replace(/\bid: number;/g, 'id: string | number;')
    .replace(/\(number \| null\) \| /g, '(string | number | null) | ')
    .replace(/: number \| ([A-Z][A-Za-z]*);/g, ': string | number | $1;')
    .replace(/\(number \| ([A-Z][A-Za-z]*)\)\[\]/g, '(string | number | $1)[]')
    .replace(/value: number \| ([A-Z][A-Za-z]*);/g, 'value: string | number | $1;')
}
