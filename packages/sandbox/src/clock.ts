// The sandbox's notion of "now". A fixed instant (PLSKIT_NOW or the `now`
// option) makes availability, years of practice and demos deterministic.
export type Clock = () => Date;

export function createClock(now?: string): Clock {
  if (now === undefined || now === '') return () => new Date();
  const fixed = new Date(now);
  if (Number.isNaN(fixed.getTime())) throw new Error(`PLSKIT_NOW / now is not an ISO 8601 instant: ${now}`);
  return () => new Date(fixed.getTime());
}
