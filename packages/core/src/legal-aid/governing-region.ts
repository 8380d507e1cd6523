// A functional zone has no GB/T 2260 code of its own: the contract names it by
// its parent city's code and a suffix ("370800-taibaihu"), and the parent's
// rules and hardship standard govern it.

/** The six-digit division code whose rules apply to `region`. */
export const governingRegion = (region: string): string => region.slice(0, 6);
