import { describe, expect, it } from 'vitest';
import { normalizePhoneCode, PHONE_CODE_DIGITS } from '@plskit/core';

describe('a typed confirmation code', () => {
  it('is 6 digits, however a resident types or pastes them', () => {
    expect(PHONE_CODE_DIGITS).toBe(6);
    expect(normalizePhoneCode('046183')).toBe('046183');
    expect(normalizePhoneCode(' 046 183 ')).toBe('046183');
    expect(normalizePhoneCode('046-183')).toBe('046183');
    // a Chinese input method's full-width digits
    expect(normalizePhoneCode('０４６１８３')).toBe('046183');
  });

  it('is nothing else', () => {
    for (const typed of ['', '04618', '0461835', 'abcdef', '04618a', '٠٤٦١٨٣']) expect(normalizePhoneCode(typed)).toBeNull();
  });
});
