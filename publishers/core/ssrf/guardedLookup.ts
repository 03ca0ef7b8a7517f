import dns from 'node:dns'
import type { LookupAddress } from 'node:dns'
import type { LookupFunction } from 'node:net'
import { TransportError } from '../http/transport'
import { checkAddressText } from './addressPolicy'
import type { Cidr } from './addressPolicy'

/**
 * A `lookup` for node:net that resolves every address of the host and refuses the connection if any of them
 * is not public. It runs for each connection, so each redirect hop and each DNS answer is checked at connect time.
 */
export function createGuardedLookup(args: { trusted: readonly Cidr[] }): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) {
        callback(error, '')
        return
      }
      for (const entry of addresses) {
        const verdict = checkAddressText({ address: entry.address, trusted: args.trusted })
        if (!verdict.allowed) {
          callback(
            new TransportError({
              failure: 'blocked',
              requestMaybeSent: false,
              message: `${hostname} resolves to ${entry.address} (${verdict.reason})`,
            }),
            '',
          )
          return
        }
      }
      const first = addresses[0]
      if (first === undefined) callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '')
      else if (options.all) callback(null, addresses)
      else callback(null, first.address, first.family)
    })
  }
}
