import { type BodySource, readBodyOfType } from './bodyType'

/** The CSV text of an import (the admin sends `text/csv`); any other type is refused with 415 before it is read. */
export function readCsvBody(req: BodySource): Promise<string> {
  return readBodyOfType({ req, expected: 'text/csv', label: 'CSV' })
}
