import { useMemo } from "react";
import { useLocale } from "../../i18n/use-locale";

/**
 * A time on the board: to the second for today ("13:25:04"), with the date before that. An
 * incident is minutes long, and who answered first matters more than the day.
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
