import type { Locale } from "@beredd/contracts";
import { createStore, get, set } from "idb-keyval";

/**
 * The interface language, kept in IndexedDB where the service worker reads it: a notification's
 * buttons then speak the person's language (the server writes the push in it), not the phone's.
 */
const store = createStore("beredd-locale", "locale");

export const shareLocale = (locale: Locale): Promise<void> => set("locale", locale, store);
export const sharedLocale = (): Promise<Locale | undefined> => get<Locale>("locale", store);
