import { useMemo } from "react";
import { useLocale } from "../i18n/use-locale";

/** Date and time in the interface language and the device's time zone: "23 nov. 2026 10:42". */
export function useFormatDateTime(): (iso: string) => string {
  const locale = useLocale();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", {
      dateStyle: "medium",
      timeStyle: "short",
    });
    return (iso: string) => format.format(new Date(iso));
  }, [locale]);
}

/**
 * A time to the second in the interface language and the device's time zone, as the server
 * recorded it: "10:42:03" today, with the date before it otherwise. An incident is minutes long,
 * and who answered first matters more than the day.
 */
export function useFormatTime(): (iso: string) => string {
  const locale = useLocale();
  return useMemo(() => {
    const tag = locale === "sv" ? "sv-SE" : "en-GB";
    const time = new Intl.DateTimeFormat(tag, { timeStyle: "medium" });
    const dated = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "medium" });
    return (iso: string) => {
      const date = new Date(iso);
      const today = date.toDateString() === new Date().toDateString();
      return (today ? time : dated).format(date);
    };
  }, [locale]);
}
