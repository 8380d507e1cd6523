// The code a text message carries to confirm a mobile number: 6 digits. A
// resident may type it with a Chinese input method's full-width digits
// (１２３４５６) or paste it with spaces; both mean the same code.

export const PHONE_CODE_DIGITS = 6;

/** The 6 ASCII digits a typed code means, or null when it is not one. */
export function normalizePhoneCode(typed: string): string | null {
  const digits = typed.replace(/[\s-]/g, '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return /^\d{6}$/.test(digits) ? digits : null;
}
