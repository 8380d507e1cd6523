import { describe, expect, it } from 'vitest';
import {
  checkResidentId, isMainlandMobile, isValidResidentId, maskName, maskPhone, maskResidentId, normalizeMobile, residentIdCheckCharacter,
} from '@plskit/core';

/** Builds a valid ID number from its first 17 digits. */
const withCheck = (first17: string) => first17 + residentIdCheckCharacter(first17);

describe('resident ID numbers (GB 11643-1999)', () => {
  it('accepts the standard example 11010519491231002X and reads region, birth date and sex from it', () => {
    expect(checkResidentId('11010519491231002X')).toEqual({ valid: true, region: '110105', birthDate: '1949-12-31', sex: 'female' });
    expect(isValidResidentId('11010519491231002x')).toBe(true);
  });

  it.each([
    ['370811199001011235', 'male'],
    ['370882200002290024', 'female'],
  ])('accepts %s with a computed check digit (%s)', (seed, sex) => {
    const id = withCheck(seed.slice(0, 17));
    expect(checkResidentId(id)).toMatchObject({ valid: true, sex });
  });

  it.each([
    ['110105194912310021', 'check-digit', 'wrong check digit'],
    ['110105194912310020', 'check-digit', 'digit where X belongs'],
    [withCheck('11010519490230002'), 'birth-date', 'February 30th'],
    [withCheck('11010519491331002'), 'birth-date', 'month 13'],
    [withCheck('11010518991231002'), 'birth-date', 'born before 1900'],
    [withCheck('37081120230229001'), 'birth-date', '29 February in a non-leap year'],
    [withCheck('99010519491231002'), 'region', 'no such province'],
    [withCheck('37000019491231002'), 'region', 'province without a division'],
    ['1101051949123100', 'format', 'too short'],
    ['11010519491231002Y', 'format', 'letter other than X'],
    ['', 'format', 'empty'],
  ])('rejects %s: %s (%s)', (id, problem) => {
    expect(checkResidentId(id)).toEqual({ valid: false, problem });
  });

  it('rejects a birth date after today when today is given', () => {
    const id = withCheck('37081120270101001');
    expect(checkResidentId(id, '2026-11-28')).toEqual({ valid: false, problem: 'birth-date' });
    expect(isValidResidentId(id)).toBe(true);
  });
});

describe('mainland mobile numbers', () => {
  it.each(['13812345678', '19212345678', '+86 138 1234 5678', '86-138-1234-5678', '008613812345678', '14512345678', '16612345678', '17712345678'])('accepts %s', (phone) => {
    expect(isMainlandMobile(phone)).toBe(true);
  });
  it.each(['12812345678', '1381234567', '138123456789', '23812345678', '+1 415 555 0100', '0537-2345678', ''])('rejects %s', (phone) => {
    expect(isMainlandMobile(phone)).toBe(false);
  });
  it('normalises a prefixed number to its 11 digits', () => {
    expect(normalizeMobile('+86 138-1234-5678')).toBe('13812345678');
  });
});

describe('masking for display', () => {
  it.each([
    ['11010519491231002X', '1101**********002X'],
    ['370811199001011234', '3708**********1234'],
    ['12345', '*****'],
  ])('masks the ID %s as %s', (id, masked) => {
    expect(maskResidentId(id)).toBe(masked);
  });
  it.each([
    ['13812345678', '138****5678'],
    ['+86 138 1234 5678', '138****5678'],
    ['0537-2345678', '*********78'],
    ['123', '****'],
  ])('masks the phone %s as %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });
  it.each([
    ['张三', '张*'],
    ['欧阳明华', '欧***'],
    ['Ada Lovelace', 'A***'],
    ['', '*'],
  ])('masks the name %s as %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });
  it('never returns the input whole', () => {
    for (const value of ['13812345678', '11010519491231002X', '李', 'Bo', '1']) {
      expect(maskPhone(value)).not.toBe(value);
      expect(maskResidentId(value)).not.toBe(value);
      expect(maskName(value)).not.toBe(value);
    }
  });
});
