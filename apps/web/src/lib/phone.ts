/**
 * Turns what people type into E.164, the form the contracts require: spaces, dashes and
 * brackets go, "00" becomes "+", and a Swedish national number (070-123 45 67) gets +46.
 * Anything else is returned as typed, for the schema to judge.
 */
export function normalizeMobile(input: string): string {
  let value = input.trim().replace(/[\s\-().]/g, "");
  if (value === "") return "";
  if (value.startsWith("00")) value = `+${value.slice(2)}`;
  else if (value.startsWith("0")) value = `+46${value.slice(1)}`;
  // "+46 (0)70 …" is written often; the trunk 0 does not belong in E.164.
  if (value.startsWith("+460")) value = `+46${value.slice(4)}`;
  return value;
}

/** +46701234567 → +46 70 123 45 67, easier to read aloud and check; other numbers as they are. */
export function formatMobile(e164: string): string {
  const match = /^\+46(7\d)(\d{3})(\d{2})(\d{2})$/.exec(e164);
  return match ? `+46 ${match.slice(1).join(" ")}` : e164;
}
