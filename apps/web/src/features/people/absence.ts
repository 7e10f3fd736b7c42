import type { Person } from "@beredd/contracts";
import { useMemo } from "react";
import { useLocale } from "../../i18n/use-locale";

/*
 * Absence is entered as the last day away ("frånvarande till och med 5 december") and stored as
 * the moment the person is back: the start of the next day, on this device's clock.
 */

/** The timestamp to send for a last day away (`yyyy-mm-dd` from a date input), or null. */
export function absenceFromDate(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return new Date(y, m - 1, d + 1).toISOString();
}

/** Whether the person is away now: a date that has passed means they are back. */
export const isAbsent = (person: Pick<Person, "absentUntil">, now = Date.now()): boolean =>
  person.absentUntil !== null && new Date(person.absentUntil).getTime() > now;

/** The last day away as a date input's value (`yyyy-mm-dd`), or "" when not away now. */
export function absenceDay(absentUntil: string | null, now = Date.now()): string {
  if (!absentUntil || !isAbsent({ absentUntil }, now)) return "";
  const last = new Date(new Date(absentUntil).getTime() - 1);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${last.getFullYear()}-${pad(last.getMonth() + 1)}-${pad(last.getDate())}`;
}

/** The last day the person is away, in the interface language ("5 dec. 2026"), if away now. */
export function useAbsentThrough(): (person: Pick<Person, "absentUntil">) => string | undefined {
  const locale = useLocale();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", {
      dateStyle: "medium",
    });
    return (person) =>
      person.absentUntil && isAbsent(person)
        ? format.format(new Date(new Date(person.absentUntil).getTime() - 1))
        : undefined;
  }, [locale]);
}
