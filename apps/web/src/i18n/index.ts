import { Locale } from "@beredd/contracts";
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { readStored, writeStored } from "../lib/device-storage";
import { shareLocale } from "../lib/worker-locale";
import { sv } from "./sv";

const storageKey = "beredd.locale";

/** The language chosen before signing in, remembered on this device; Swedish by default. */
export function storedLocale(): Locale {
  const parsed = Locale.safeParse(readStored(storageKey));
  return parsed.success ? parsed.data : "sv";
}

function rememberLocale(locale: Locale): void {
  writeStored(storageKey, locale);
  // The service worker has no localStorage; without this its buttons follow the phone's language.
  shareLocale(locale).catch(() => undefined);
}

export function currentLocale(): Locale {
  const parsed = Locale.safeParse(i18n.resolvedLanguage ?? i18n.language);
  return parsed.success ? parsed.data : "sv";
}

/**
 * Swedish is bundled (the default, and the fallback for a missing key); English loads the first
 * time it is chosen, so a Swedish phone never downloads it.
 */
async function loadCatalogue(locale: Locale): Promise<void> {
  if (locale === "sv" || i18n.hasResourceBundle(locale, "translation")) return;
  const { en } = await import("./en");
  i18n.addResourceBundle("en", "translation", en);
}

/** Switches the interface language at once, sets <html lang> and remembers it on this device. */
export async function applyLocale(locale: Locale): Promise<void> {
  rememberLocale(locale);
  await loadCatalogue(locale);
  if (currentLocale() !== locale || i18n.language !== locale) await i18n.changeLanguage(locale);
}

export async function initI18n(): Promise<void> {
  i18n.on("languageChanged", (lng) => {
    document.documentElement.lang = Locale.safeParse(lng).success ? lng : "sv";
  });
  const locale = storedLocale();
  await i18n.use(initReactI18next).init({
    resources: { sv: { translation: sv } },
    partialBundledLanguages: true,
    lng: "sv",
    fallbackLng: "sv",
    supportedLngs: ["sv", "en"],
    // React escapes output already; escaping here would show &amp; and the like.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // Should English fail to load (offline before the worker cached it), Beredd starts in Swedish.
  await applyLocale(locale).catch(() => undefined);
  document.documentElement.lang = currentLocale();
}

export { i18n };
