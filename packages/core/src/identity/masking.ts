// Masks for showing personal data back to a resident (common practice, not law:
// common practice, not a rule PIPL itself sets). A mask never returns its whole input, whatever it gets.

/** "370811199001011234" -> "3708**********1234". */
export function maskResidentId(idNumber: string): string {
  const id = idNumber.trim();
  if (id.length < 10) return '*'.repeat(Math.max(id.length, 4));
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

/** "13812345678" -> "138****5678"; anything else keeps at most its last 2 characters. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/[\s-]/g, '').replace(/^(\+86|0086|86)(?=1\d{10}$)/, '');
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length <= 4) return '*'.repeat(Math.max(digits.length, 4));
  return `${'*'.repeat(digits.length - 2)}${digits.slice(-2)}`;
}

/** "张三" -> "张*", "欧阳明华" -> "欧***", "Ada Lovelace" -> "A***". Keeps the first character only. */
export function maskName(name: string): string {
  const characters = Array.from(name.trim());
  if (characters.length === 0) return '*';
  if (/[\p{Script=Han}]/u.test(characters[0]!)) return characters[0]! + '*'.repeat(Math.max(characters.length - 1, 1));
  return `${characters[0]}***`;
}
