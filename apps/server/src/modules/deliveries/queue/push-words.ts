import type { Locale, LocalizedText, PushPayload } from "@beredd/contracts";

type Draft = Omit<PushPayload, "receipt">;

/** What an incident's push says, in the person's language, taken from the log's events. */
export interface AlarmFacts {
  incidentId: string;
  drill: boolean;
  silent: boolean;
  alertText: LocalizedText;
  name: LocalizedText;
  place: string;
}

const drillMark: Record<Locale, string> = { sv: "ÖVNING", en: "DRILL" };

/**
 * The alarm as the takeover shows it, verb first: the alert text's head ("INRYMNING") is the
 * title and its instruction, then the place, the body. A drill says so before anything else.
 */
export function alarmPush(facts: AlarmFacts, locale: Locale): Draft {
  const text = facts.alertText[locale] || facts.name[locale];
  const cut = text.indexOf(" – ");
  const head = cut > 0 ? text.slice(0, cut) : text;
  const rest = cut > 0 ? text.slice(cut + 3) : "";
  return {
    kind: "alarm",
    tag: `incident:${facts.incidentId}`,
    title: facts.drill ? `${drillMark[locale]}: ${head}` : head,
    body: [rest, facts.place].filter(Boolean).join(" · "),
    url: `/incidents/${facts.incidentId}`,
    incidentId: facts.incidentId,
    drill: facts.drill,
    silent: facts.silent,
  };
}

const test: Record<Locale, { title: string; body: string }> = {
  sv: {
    title: "PROVLARM",
    body: "Det här är ett provlarm till dina enheter. Inget har hänt.",
  },
  en: {
    title: "TEST ALARM",
    body: "This is a test alarm to your devices. Nothing has happened.",
  },
};

/** A test alarm to one's own devices: plainly a test, never mistaken for an alarm. */
export function testPush(testAlarmId: string, locale: Locale): Draft {
  return {
    kind: "test",
    tag: `test:${testAlarmId}`,
    ...test[locale],
    url: "/",
    incidentId: null,
    drill: false,
    silent: false,
  };
}
