// No input may hold the NUL character (U+0000): PostgreSQL cannot store it in
// text (a 500 there, stored on SQLite), no name or note needs it, and C
// strings downstream would cut at it. Checked once, after the contract, for
// every parameter and every string of a body, keys included.

const NUL = '\u0000';

/** RFC 6901: "~" and "/" escaped in a JSON pointer's segment. */
const segment = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** The pointer into `value` of its first string (or key) holding NUL, if any. */
function pointerToNul(value: unknown, pointer: string): string | undefined {
  if (typeof value === 'string') return value.includes(NUL) ? pointer : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = pointerToNul(value[i], `${pointer}/${i}`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const at = `${pointer}/${segment(key)}`;
      if (key.includes(NUL)) return at;
      const found = pointerToNul(child, at);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The first field holding NUL: a parameter's name, or a JSON pointer into the body ("/contact/name"; "" for the whole body). */
export function fieldWithNul(parameters: Readonly<Record<string, unknown>>, body: unknown): string | undefined {
  for (const [name, value] of Object.entries(parameters)) {
    if (name.includes(NUL) || pointerToNul(value, '') !== undefined) return name;
  }
  return pointerToNul(body, '');
}
