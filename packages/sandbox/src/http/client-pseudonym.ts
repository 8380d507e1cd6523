// Request log lines name the client by a pseudonym, not its address (an
// address is personal data, PIPL Art 4 and 73): an HMAC of the address under
// the key of the Shanghai day, which the deployment's lookup key gives
// (store/sealed-contact.ts, dayKey), so every node of a deployment gives one
// client the same pseudonym and a flood spread over nodes is traced as one.
// One day's requests of a client share a pseudonym; nothing links two days.
// Whoever holds the data key (and so the lookup key) could test addresses
// against a pseudonym, as they could open the contact data itself: the log
// is no weaker than the database it sits beside.
import { shanghaiDate } from '@plskit/core';
import { createHmac } from 'node:crypto';

export type ClientPseudonym = (address: string) => string;

/** `now` is the real time (not a demo's fixed clock): the key must change when the day really does. */
export function dailyPseudonyms(dayKey: (day: string) => Buffer, now: () => Date = () => new Date()): ClientPseudonym {
  let day = '';
  let key: Buffer = Buffer.alloc(0);
  return (address) => {
    const today = shanghaiDate(now());
    if (today !== day) {
      day = today;
      key = dayKey(today);
    }
    // 96 bits: no two clients of a day share one
    return createHmac('sha256', key).update(address).digest('base64url').slice(0, 16);
  };
}
