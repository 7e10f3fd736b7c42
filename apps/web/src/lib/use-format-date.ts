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

/** A time of day to the second, in the interface language: "10:42:03". */
export function useFormatTime(): (iso: string) => string {
  const locale = useLocale();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", {
      timeStyle: "medium",
    });
    return (iso: string) => format.format(new Date(iso));
  }, [locale]);
}
