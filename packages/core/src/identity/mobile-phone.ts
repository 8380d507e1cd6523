// Mainland China mobile numbers: 11 digits, 1 then 3-9 (MIIT numbering plan, incl. 广电 192 and the 14x/16x/17x blocks),
// optionally written with +86 and spaces or hyphens.

/** The bare 11 digits, or null when it is not a mainland mobile number. */
export function normalizeMobile(phone: string): string | null {
  const compact = phone.replace(/[\s-]/g, '').replace(/^(\+86|0086|86)(?=1\d{10}$)/, '');
  return /^1[3-9]\d{9}$/.test(compact) ? compact : null;
}

export function isMainlandMobile(phone: string): boolean {
  return normalizeMobile(phone) !== null;
}
