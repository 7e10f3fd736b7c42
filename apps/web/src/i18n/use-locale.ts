import { type Locale, Locale as LocaleSchema } from "@beredd/contracts";
import { useTranslation } from "react-i18next";

/** The current interface language; components re-render when it changes. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return LocaleSchema.safeParse(i18n.resolvedLanguage).data ?? "sv";
}
