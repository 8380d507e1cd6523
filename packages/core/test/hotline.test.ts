import { describe, expect, it } from 'vitest';
import { DEFAULT_HOTLINE, isHotlineNumber } from '@plskit/core';

describe('the hotline number residents are told to call', () => {
  it('is 12348 unless a deployment says otherwise', () => {
    expect(DEFAULT_HOTLINE).toBe('12348');
  });

  it('is digits, with an area code or groups set off by a hyphen or a space', () => {
    for (const number of ['12348', '12345', '0537-12348', '0537 12348', '400-123-4567']) expect(isHotlineNumber(number)).toBe(true);
  });

  it('is nothing else: no words, markup, placeholders or long text', () => {
    for (const value of ['', '12', 'call 12345', '12345<b>', '{hotline}', '-12345', '12345-', '0537--12348', '1'.repeat(21), '１２３４５'])
      expect(isHotlineNumber(value)).toBe(false);
  });
});
