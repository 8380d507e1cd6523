// Request log lines name the client by a pseudonym, not its address (an
// address is personal data, PIPL Art 4 and 73): an HMAC of the address under
// a key drawn at random in memory for each Shanghai day and dropped when the
// day ends. One day's requests of a client share a pseudonym, so a flood or a
// run of guessed tokens can be traced through the log; nothing links two days,
// or a pseudonym back to an address once its key is gone (an HMAC key kept,
// or derived from a lasting secret, would let anyone holding it try all 2^32
// IPv4 addresses). Several nodes give one client different pseudonyms.
import { shanghaiDate } from '@plskit/core';
import { createHmac, randomBytes } from 'node:crypto';

export type ClientPseudonym = (address: string) => string;

/** `now` is the real time (not a demo's fixed clock): the key must change when the day really does. */
export function dailyPseudonyms(now: () => Date = () => new Date()): ClientPseudonym {
  let day = '';
  let key = Buffer.alloc(0);
  return (address) => {
    const today = shanghaiDate(now());
    if (today !== day) {
      day = today;
      key = randomBytes(32);
    }
    // 96 bits: no two clients of a day share one
    return createHmac('sha256', key).update(address).digest('base64url').slice(0, 16);
  };
}
