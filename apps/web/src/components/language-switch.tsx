import { type Locale, Locale as LocaleSchema } from "@beredd/contracts";
import { useTranslation } from "react-i18next";

export interface LanguageSwitchProps {
  onChange: (locale: Locale) => void;
}

/**
 * Two buttons, each labelled in its own language (with lang set), so a person who cannot read
 * the current language still finds theirs.
 */
export function LanguageSwitch({ onChange }: LanguageSwitchProps) {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage;
  return (
    <div className="language-switch" role="group" aria-label={t("language.label")}>
      {LocaleSchema.options.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className="language-option"
          aria-pressed={current === locale}
          onClick={() => {
            if (current !== locale) onChange(locale);
          }}
        >
          {t(`language.${locale}`)}
        </button>
      ))}
    </div>
  );
}
