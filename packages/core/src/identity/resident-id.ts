// GB 11643-1999 18-digit citizen identification number: address code, birth
// date, sequence (17th digit odd = male) and an ISO 7064 MOD 11-2 check digit.
import { PROVINCE_CODES } from './province-codes.data.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';

export type ResidentIdProblem = 'format' | 'region' | 'birth-date' | 'check-digit';

export type ResidentIdCheck =
  | { valid: true; region: string; birthDate: string; sex: 'male' | 'female' }
  | { valid: false; problem: ResidentIdProblem };

/** The check character for the first 17 digits. */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Checks an ID number. `today` (YYYY-MM-DD, Asia/Shanghai) rejects future birth dates.
 * The answer never echoes the number, so it can be logged or shown safely.
 */
export function checkResidentId(idNumber: string, today?: string): ResidentIdCheck {
  const id = idNumber.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return { valid: false, problem: 'format' };
  if (!PROVINCE_CODES.has(id.slice(0, 2)) || id.slice(2, 6) === '0000') return { valid: false, problem: 'region' };
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (year < 1900 || !isRealDate(year, month, day) || (today !== undefined && birthDate > today)) {
    return { valid: false, problem: 'birth-date' };
  }
  if (residentIdCheckCharacter(id.slice(0, 17)) !== id[17]) return { valid: false, problem: 'check-digit' };
  return { valid: true, region: id.slice(0, 6), birthDate, sex: Number(id[16]) % 2 === 1 ? 'male' : 'female' };
}

export function isValidResidentId(idNumber: string, today?: string): boolean {
  return checkResidentId(idNumber, today).valid;
}
