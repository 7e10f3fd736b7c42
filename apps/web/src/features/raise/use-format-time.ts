import { useMemo } from "react";
import { useLocale } from "../../i18n/use-locale";

/** A time to the second in the device's time zone, as the server recorded it: "10:42:03". */
export function useFormatTime(): (iso: string) => string {
  const locale = useLocale();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", {
      timeStyle: "medium",
    });
    return (iso: string) => format.format(new Date(iso));
  }, [locale]);
}
