import type { CardItem, LocalizedText, ScenarioPlanInput, Severity } from "@beredd/contracts";

/**
 * The demo scenario templates (larmplaner): the nine scenarios from the product brief with alarm
 * text, instructions for everyone alerted, an action card per role and an escalation plan.
 * They are a starting point only: each organisation edits its own copies to fit its units,
 * premises and routines. Texts are written to be read on a phone in the first minute: the verb
 * first, one action per line, Swedish as the users' first language.
 *
 * Conventions:
 * - `instructions` are short lines separated by "\n"; each line is a complete sentence.
 * - A card item is `each` when every holder of the role must do it, `once` when one is enough.
 * - Roles that only come in through escalation have a card too, so nobody arrives empty-handed.
 */
export interface DemoScenario {
  key: string;
  name: LocalizedText;
  description: LocalizedText;
  severity: Severity;
  plan: ScenarioPlanInput;
}

const t = (sv: string, en: string): LocalizedText => ({ sv, en });
/** Instructions: one [sv, en] pair per line. */
const lines = (...pairs: [sv: string, en: string][]): LocalizedText => ({
  sv: pairs.map(([sv]) => sv).join("\n"),
  en: pairs.map(([, en]) => en).join("\n"),
});
/** Every holder of the role does this. */
const each = (id: string, sv: string, en: string): CardItem => ({
  id,
  text: { sv, en },
  mode: "each",
});
/** Done once, by anyone holding the role. */
const once = (id: string, sv: string, en: string): CardItem => ({
  id,
  text: { sv, en },
  mode: "once",
});

export const demoScenarios: DemoScenario[] = [
  // ── Inrymning ──────────────────────────────────────────────────────────────────────────────
  {
    key: "lockdown",
    name: t("Inrymning", "Lockdown"),
    description: t(
      "Faran finns utanför: alla stannar inne i låsta rum med stängda fönster och räknas in i appen.",
      "The danger is outside: everyone stays in locked rooms with the windows shut and is accounted for in the app.",
    ),
    severity: "high",
    plan: {
      raisers: "member",
      activatedRoleKeys: [
        "incident_lead",
        "safety_coordinator",
        "log_keeper",
        "evacuation_marshal",
        "staff",
      ],
      alertEveryone: true,
      alertText: t(
        "INRYMNING – stanna inne, lås dörren, håll dig borta från fönster",
        "LOCKDOWN – stay inside, lock the door, keep away from windows",
      ),
      instructions: lines(
        [
          "Gå in i närmaste rum som går att låsa och ta med elever som är i närheten. Är du ute, gå in i närmaste byggnad.",
          "Get into the nearest room that can be locked and bring any pupils nearby. If you are outside, go into the nearest building.",
        ],
        ["Lås dörren och stäng fönstren.", "Lock the door and close the windows."],
        [
          "Håll er borta från dörr och fönster. Var lugna och tysta.",
          "Keep everyone away from the door and windows, calm and quiet.",
        ],
        [
          "Räkna dina elever och svara i appen: i säkerhet eller behöver hjälp.",
          "Count your pupils and answer in the app: safe or need help.",
        ],
        [
          "Gå inte ut i korridoren och öppna inte dörren förrän du får klartecken i appen eller av polisen.",
          "Do not go out into the corridor or open the door until you get the all-clear in the app or from the police.",
        ],
        [
          "Går brandlarmet: utrym bara om du märker rök eller eld, och följ besked i appen.",
          "If the fire alarm goes off, leave only if you notice smoke or fire, and follow what the app says.",
        ],
      ),
      cards: [
        {
          roleKey: "staff",
          items: [
            each(
              "bring_in",
              "Ta in elever från korridoren och närliggande rum, och lås sedan dörren.",
              "Bring in pupils from the corridor and nearby rooms, then lock the door.",
            ),
            each(
              "close_windows",
              "Stäng fönstren och dra för gardiner eller persienner om det finns.",
              "Close the windows and draw any curtains or blinds.",
            ),
            each(
              "away_from_door",
              "Placera alla bort från dörr och fönster, gärna sittande på golvet.",
              "Move everyone away from the door and windows, ideally sitting on the floor.",
            ),
            each(
              "count",
              "Räkna dina elever och svara i appen hur många som är med dig.",
              "Count your pupils and report in the app how many are with you.",
            ),
            each(
              "missing",
              "Saknas någon? Skriv namnet i appen. Gå inte ut och leta.",
              "Anyone missing? Enter their name in the app. Do not go out to look for them.",
            ),
            each(
              "stay_in",
              "Stanna inne och öppna inte dörren förrän du får klartecken i appen eller av polisen.",
              "Stay inside and keep the door shut until you get the all-clear in the app or from the police.",
            ),
          ],
        },
        {
          roleKey: "incident_lead",
          items: [
            each(
              "shelter_self",
              "Sök själv skydd i ett låsbart rum och led därifrån.",
              "Take shelter in a lockable room yourself and lead from there.",
            ),
            once(
              "call_112",
              "Ring 112 om det inte redan är gjort. Säg vad hotet är och var det finns.",
              "Call 112 if nobody has yet. Say what the threat is and where it is.",
            ),
            once(
              "message_all",
              "Skicka ett kort besked till alla i appen: vad som har hänt och vilka byggnader som berörs.",
              "Send everyone a short message in the app: what has happened and which buildings are affected.",
            ),
            once(
              "roll_call",
              "Följ uppropet i appen. Ta först hand om dem som behöver hjälp eller saknar elever.",
              "Watch the roll-call in the app. Deal first with people who need help or are missing pupils.",
            ),
            once(
              "police",
              "Håll polisen informerad: hur många som är i säkerhet, saknas eller är skadade, och var.",
              "Keep the police informed: how many are safe, missing or injured, and where.",
            ),
            once(
              "escalate",
              "Eskalera till krisledningsgruppen om hotet är allvarligt eller pågår länge.",
              "Escalate to the crisis team if the threat is serious or goes on for long.",
            ),
            once(
              "all_clear",
              "Ge klartecken i appen först när polisen eller räddningstjänsten har bekräftat att faran är över.",
              "Give the all-clear in the app only once the police or rescue service confirm the danger is over.",
            ),
          ],
        },
        {
          roleKey: "safety_coordinator",
          items: [
            once(
              "lock_entrances",
              "Lås ytterdörrar och entréer, via passersystemet om det går.",
              "Lock the outer doors and entrances, through the access control system if possible.",
            ),
            once(
              "ventilation",
              "Stäng av ventilationen om hotet är rök eller gas utomhus.",
              "Turn off the ventilation if the threat is smoke or gas outside.",
            ),
            once(
              "outdoor_groups",
              "Se till att grupper som är ute – på rast, idrott eller utflykt – får besked och söker skydd.",
              "Make sure groups that are outdoors – at break, PE or on a trip – are told and take shelter.",
            ),
            once(
              "stop_arrivals",
              "Se till att besök, leveranser och hämtningar stoppas. Ingen ska släppas in.",
              "Make sure visitors, deliveries and pick-ups are stopped. Nobody is to be let in.",
            ),
            once(
              "police_access",
              "Ge polisen nycklar, passerkort och ritningar när de ber om det.",
              "Give the police keys, access cards and floor plans when they ask.",
            ),
            once(
              "stand_in",
              "Stötta krisledaren och ta över om krisledaren inte svarar.",
              "Support the incident lead, and take over if the incident lead does not respond.",
            ),
          ],
        },
        {
          roleKey: "log_keeper",
          items: [
            each(
              "shelter_self",
              "Sök först själv skydd i ett låsbart rum.",
              "First take shelter in a lockable room yourself.",
            ),
            once(
              "log_outside_app",
              "Skriv i loggen det som inte syns i appen: samtal, beslut och vad polisen säger.",
              "Log what the app does not show: calls, decisions and what the police say.",
            ),
            once(
              "decisions",
              "Notera tid och vem som fattade varje beslut.",
              "Note the time of each decision and who made it.",
            ),
            once(
              "missing_list",
              "Håll en aktuell lista över saknade och skadade och var de senast sågs.",
              "Keep an up-to-date list of who is missing or injured and where they were last seen.",
            ),
            once(
              "unconfirmed",
              "Markera uppgifter som inte är bekräftade.",
              "Mark anything that has not been confirmed.",
            ),
          ],
        },
        {
          roleKey: "evacuation_marshal",
          items: [
            each(
              "clear_corridors",
              "Skicka in den som är kvar i korridor eller trapphus till närmaste låsbara rum, om det går utan risk.",
              "If it is safe, send anyone still in corridors or stairwells into the nearest lockable room.",
            ),
            each(
              "check_doors",
              "Kontrollera att ytterdörrarna i din byggnad är låsta, om det går utan risk.",
              "Check that the outer doors of your building are locked, if you can do so without risk.",
            ),
            each(
              "shelter_self",
              "Sök sedan själv skydd i ett låsbart rum.",
              "Then take shelter in a lockable room yourself.",
            ),
            each(
              "roll_call",
              "Följ uppropet för din byggnad i appen och rapportera saknade till krisledaren.",
              "Follow the roll-call for your building in the app and report anyone missing to the incident lead.",
            ),
            each(
              "no_evacuation",
              "Starta ingen utrymning utan besked från krisledaren eller räddningstjänsten, om du inte själv ser brand.",
              "Do not start an evacuation unless the incident lead or rescue service says so, or you see fire yourself.",
            ),
          ],
        },
        {
          roleKey: "crisis_team",
          items: [
            once(
              "convene",
              "Samla krisledningsgruppen, utanför området eller digitalt.",
              "Convene the crisis team, away from the site or online.",
            ),
            once(
              "police_liaison",
              "Ta kontakt med polisens ledning och håll en gemensam lägesbild.",
              "Get in touch with police command and keep a shared picture of the situation.",
            ),
            once(
              "reunion",
              "Planera hur eleverna ska återförenas med vårdnadshavare, och krisstöd till elever och personal.",
              "Plan how pupils will be reunited with guardians, and crisis support for pupils and staff.",
            ),
            once(
              "next_day",
              "Planera för dagen efter: lokaler, information och stöd.",
              "Plan for the next day: premises, information and support.",
            ),
          ],
        },
        {
          roleKey: "spokesperson",
          items: [
            once(
              "approved_only",
              "Gå bara ut med information som krisledaren har godkänt.",
              "Publish only information the incident lead has approved.",
            ),
            once(
              "guardians",
              "Informera vårdnadshavare: eleverna är inne, kom inte till skolan och ring inte era barn.",
              "Tell guardians: pupils are indoors, do not come to the school and do not phone your children.",
            ),
            once(
              "media",
              "Hänvisa frågor om händelsen till polisen. Säg inget om var eleverna befinner sig.",
              "Refer questions about the incident to the police. Say nothing about where pupils are.",
            ),
            once(
              "next_update",
              "Berätta när och var nästa besked kommer.",
              "Say when and where the next update will come.",
            ),
          ],
        },
      ],
      requiresAcknowledgement: true,
      silent: false,
      rollCall: true,
      escalation: [
        { type: "deputies_if_unacknowledged", roleKey: "incident_lead", afterSeconds: 60 },
        { type: "deputies_if_unacknowledged", roleKey: "safety_coordinator", afterSeconds: 90 },
        { type: "deputies_if_unacknowledged", roleKey: "evacuation_marshal", afterSeconds: 90 },
        { type: "deputies_if_unacknowledged", roleKey: "log_keeper", afterSeconds: 180 },
        {
          type: "role_if_unacknowledged",
          roleKey: "incident_lead",
          escalateToRoleKey: "crisis_team",
          afterSeconds: 180,
        },
        {
          type: "roles_on_severity",
          severity: "critical",
          roleKeys: ["crisis_team", "spokesperson"],
        },
      ],
    },
  },

  // ── Utrymning ──────────────────────────────────────────────────────────────────────────────
  {
    key: "evacuation",
    name: t("Utrymning", "Evacuation"),
    description: t(
      "Alla lämnar byggnaden via utrymningsvägarna och räknas in på återsamlingsplatsen.",
      "Everyone leaves the building by the escape routes and is accounted for at the assembly point.",
    ),
    severity: "high",
    plan: {
      raisers: "member",
      activatedRoleKeys: [
        "incident_lead",
        "safety_coordinator",
        "evacuation_marshal",
        "first_aider",
        "log_keeper",
        "staff",
      ],
      alertEveryone: true,
      alertText: t(
        "UTRYMNING – lämna byggnaden, gå till återsamlingsplatsen",
        "EVACUATION – leave the building and go to the assembly point",
      ),
      instructions: lines(
        [
          "Lämna byggnaden direkt via närmaste säkra utrymningsväg. Använd inte hissen.",
          "Leave the building now by the nearest safe escape route. Do not use the lift.",
        ],
        [
          "Ta med eleverna och klasslistan. Lämna allt annat.",
          "Take your pupils and the class list. Leave everything else.",
        ],
        ["Stäng dörrar efter er, men lås inte.", "Close doors behind you, but do not lock them."],
        [
          "Gå till återsamlingsplatsen, räkna dina elever och svara i appen.",
          "Go to the assembly point, count your pupils and answer in the app.",
        ],
        [
          "Saknas någon: säg till utrymningsledaren. Gå inte tillbaka in och leta.",
          "If anyone is missing, tell the evacuation marshal. Do not go back in to look.",
        ],
        [
          "Stanna på återsamlingsplatsen tills du får klartecken.",
          "Stay at the assembly point until you get the all-clear.",
        ],
      ),
      cards: [
        {
          roleKey: "staff",
          items: [
            each(
              "lead_out",
              "Led ut eleverna via närmaste säkra utrymningsväg och ta med klasslistan.",
              "Lead your pupils out by the nearest safe escape route and take the class list.",
            ),
            each(
              "close_doors",
              "Stäng dörrar och fönster efter er om det går snabbt. Lås inte.",
              "Close doors and windows behind you if it is quick. Do not lock them.",
            ),
            each(
              "help_out",
              "Hjälp den som inte klarar sig själv att ta sig ut, och lämna ingen ensam.",
              "Help anyone who cannot manage alone to get out, and leave nobody on their own.",
            ),
            each(
              "assembly",
              "Gå till återsamlingsplatsen och håll ihop din grupp.",
              "Go to the assembly point and keep your group together.",
            ),
            each(
              "count",
              "Räkna dina elever och svara i appen hur många som är med dig.",
              "Count your pupils and report in the app how many are with you.",
            ),
            each(
              "missing",
              "Saknas någon: säg till utrymningsledaren. Gå inte tillbaka in och leta.",
              "If anyone is missing, tell the evacuation marshal. Do not go back in to look.",
            ),
            each(
              "wait",
              "Stanna kvar tills du får klartecken.",
              "Stay until you get the all-clear.",
            ),
          ],
        },
        {
          roleKey: "evacuation_marshal",
          items: [
            each(
              "sweep",
              "Kontrollera på vägen ut att toaletter, grupprum och omklädningsrum är tomma, om det går utan risk.",
              "On your way out, check that toilets, group rooms and changing rooms are empty, if it is safe.",
            ),
            each(
              "assembly",
              "Gå till återsamlingsplatsen och ta emot grupperna.",
              "Go to the assembly point and receive the groups.",
            ),
            each(
              "collect_counts",
              "Samla in antal från varje grupp och jämför med uppropet i appen.",
              "Collect the numbers from each group and compare them with the roll-call in the app.",
            ),
            each(
              "report",
              "Rapportera till krisledaren: alla ute, eller vem som saknas och var hen sågs senast.",
              "Report to the incident lead: everyone out, or who is missing and where they were last seen.",
            ),
            each(
              "keep_out",
              "Se till att ingen går tillbaka in i byggnaden.",
              "Make sure nobody goes back into the building.",
            ),
          ],
        },
        {
          roleKey: "incident_lead",
          items: [
            once(
              "call_112",
              "Ring 112 om det behövs och inte redan är gjort: brand, gas, hot eller skadade.",
              "Call 112 if needed and nobody has yet: fire, gas, a threat or injuries.",
            ),
            once(
              "message_all",
              "Ta reda på varför byggnaden utryms och skicka ett kort besked till alla i appen.",
              "Find out why the building is being evacuated and send everyone a short message in the app.",
            ),
            once(
              "roll_call",
              "Följ uppropet i appen tills alla är räknade.",
              "Follow the roll-call in the app until everyone is accounted for.",
            ),
            once(
              "meet_responders",
              "Möt räddningstjänsten eller polisen vid huvudentrén och berätta om saknade och skadade.",
              "Meet the rescue service or police at the main entrance and tell them who is missing or injured.",
            ),
            once(
              "shelter",
              "Ordna skydd mot kyla och regn om det dröjer, till exempel i en byggnad i närheten.",
              "Arrange shelter from cold and rain if it drags on, for example in a nearby building.",
            ),
            once(
              "escalate",
              "Eskalera till krisledningsgruppen om någon saknas eller är skadad.",
              "Escalate to the crisis team if anyone is missing or injured.",
            ),
            once(
              "all_clear",
              "Ge klartecken att gå in först när det är bekräftat att byggnaden är säker.",
              "Give the all-clear to go back in only once the building is confirmed safe.",
            ),
          ],
        },
        {
          roleKey: "safety_coordinator",
          items: [
            once(
              "cause",
              "Ta reda på orsaken, till exempel via brandlarmscentralen, och vilken del av byggnaden det gäller.",
              "Find out the cause, for example from the fire alarm panel, and which part of the building is affected.",
            ),
            once(
              "keys",
              "Ta med nycklar, passerkort och ritningar till huvudentrén.",
              "Bring keys, access cards and floor plans to the main entrance.",
            ),
            once(
              "stop_entry",
              "Se till att besökare och leveranser inte går in.",
              "Make sure visitors and deliveries do not go in.",
            ),
            once(
              "assembly_safe",
              "Kontrollera att återsamlingsplatsen är säker och inte i vägen för utryckningsfordon.",
              "Check that the assembly point is safe and clear of emergency vehicles.",
            ),
            once(
              "stand_in",
              "Stötta krisledaren och ta över om krisledaren inte svarar.",
              "Support the incident lead, and take over if the incident lead does not respond.",
            ),
          ],
        },
        {
          roleKey: "first_aider",
          items: [
            once(
              "kit",
              "Ta med första hjälpen-väskan och hjärtstartaren om de finns på vägen ut.",
              "Bring the first aid kit and the defibrillator if they are on your way out.",
            ),
            each(
              "report_in",
              "Gå till återsamlingsplatsen och säg till krisledaren att du är där.",
              "Go to the assembly point and tell the incident lead you are there.",
            ),
            once(
              "injured",
              "Ta hand om skadade och ring 112 vid allvarlig skada.",
              "Look after anyone injured and call 112 for serious injuries.",
            ),
            once(
              "warm",
              "Håll skadade och frusna varma, till exempel med filtar eller jackor.",
              "Keep the injured and anyone cold warm, for example with blankets or coats.",
            ),
          ],
        },
        {
          roleKey: "log_keeper",
          items: [
            once(
              "log_outside_app",
              "Skriv i loggen det som inte syns i appen: samtal, beslut och besked från räddningstjänsten.",
              "Log what the app does not show: calls, decisions and what the rescue service says.",
            ),
            once(
              "decisions",
              "Notera tid och vem som fattade varje beslut.",
              "Note the time of each decision and who made it.",
            ),
            once(
              "times",
              "Notera när byggnaden var tom och när klartecken gavs.",
              "Note when the building was empty and when the all-clear was given.",
            ),
            once(
              "missing_list",
              "Håll en aktuell lista över saknade och skadade och var de senast sågs.",
              "Keep an up-to-date list of who is missing or injured and where they were last seen.",
            ),
          ],
        },
        {
          roleKey: "crisis_team",
          items: [
            once(
              "convene",
              "Samla krisledningsgruppen, på plats eller digitalt.",
              "Convene the crisis team, on site or online.",
            ),
            once(
              "premises",
              "Ordna tillfälliga lokaler och transport om eleverna inte kan gå tillbaka in.",
              "Arrange temporary premises and transport if pupils cannot go back in.",
            ),
            once(
              "crisis_support",
              "Ordna krisstöd till elever och personal vid behov.",
              "Arrange crisis support for pupils and staff if needed.",
            ),
            once(
              "next_day",
              "Planera för dagen efter: lokaler, information och stöd.",
              "Plan for the next day: premises, information and support.",
            ),
          ],
        },
        {
          roleKey: "spokesperson",
          items: [
            once(
              "approved_only",
              "Gå bara ut med information som krisledaren har godkänt.",
              "Publish only information the incident lead has approved.",
            ),
            once(
              "guardians",
              "Informera vårdnadshavare om vad som har hänt, var eleverna är och om de behöver hämtas.",
              "Tell guardians what has happened, where the pupils are and whether they need collecting.",
            ),
            once(
              "media",
              "Svara media med bekräftade fakta och hänvisa frågor om orsaken till räddningstjänsten.",
              "Give the media confirmed facts and refer questions about the cause to the rescue service.",
            ),
            once(
              "next_update",
              "Berätta när och var nästa besked kommer.",
              "Say when and where the next update will come.",
            ),
          ],
        },
      ],
      requiresAcknowledgement: true,
      silent: false,
      rollCall: true,
      escalation: [
        { type: "deputies_if_unacknowledged", roleKey: "incident_lead", afterSeconds: 60 },
        { type: "deputies_if_unacknowledged", roleKey: "evacuation_marshal", afterSeconds: 60 },
        { type: "deputies_if_unacknowledged", roleKey: "safety_coordinator", afterSeconds: 90 },
        { type: "deputies_if_unacknowledged", roleKey: "first_aider", afterSeconds: 120 },
        {
          type: "role_if_unacknowledged",
          roleKey: "incident_lead",
          escalateToRoleKey: "crisis_team",
          afterSeconds: 180,
        },
        {
          type: "roles_on_severity",
          severity: "critical",
          roleKeys: ["crisis_team", "spokesperson"],
        },
      ],
    },
  },

  // ── Omflyttning ────────────────────────────────────────────────────────────────────────────
  {
    key: "relocation",
    name: t("Omflyttning", "Relocation"),
    description: t(
      "Människor flyttas från en del av byggnaden till en säkrare plats, i samma byggnad eller en annan.",
      "People are moved from one part of a building to a safer place, in the same building or another.",
    ),
    severity: "medium",
    plan: {
      raisers: "member",
      activatedRoleKeys: ["incident_lead", "evacuation_marshal", "log_keeper", "staff"],
      alertEveryone: true,
      alertText: t(
        "OMFLYTTNING – flytta din grupp lugnt till anvisad säker plats",
        "RELOCATION – move your group calmly to the designated safe place",
      ),
      instructions: lines(
        ["Samla din grupp och ta med klasslistan.", "Gather your group and take the class list."],
        [
          "Gå lugnt till den plats som anges i appen eller i er plan. Undvik området som larmet gäller.",
          "Walk calmly to the place given in the app or in your plan. Keep away from the area the alarm is about.",
        ],
        [
          "Följ utrymningsledarens anvisningar på vägen.",
          "Follow the evacuation marshal's directions on the way.",
        ],
        [
          "Räkna dina elever när ni är framme och svara i appen.",
          "Count your pupils when you arrive and answer in the app.",
        ],
        [
          "Stanna på den nya platsen tills du får nya besked.",
          "Stay at the new place until you are told otherwise.",
        ],
      ),
      cards: [
        {
          roleKey: "staff",
          items: [
            each(
              "gather",
              "Samla din grupp och ta med klasslistan.",
              "Gather your group and take the class list.",
            ),
            each(
              "move",
              "Gå lugnt till den nya platsen och undvik det drabbade området.",
              "Walk calmly to the new place and avoid the affected area.",
            ),
            each(
              "help",
              "Hjälp den som behöver stöd på vägen, och lämna ingen ensam.",
              "Help anyone who needs support on the way, and leave nobody on their own.",
            ),
            each(
              "count",
              "Räkna dina elever och svara i appen hur många som är med dig.",
              "Count your pupils and report in the app how many are with you.",
            ),
            each(
              "missing",
              "Saknas någon: säg till utrymningsledaren. Gå inte tillbaka och leta.",
              "If anyone is missing, tell the evacuation marshal. Do not go back to look.",
            ),
            each(
              "stay",
              "Stanna på den nya platsen tills du får nya besked.",
              "Stay at the new place until you are told otherwise.",
            ),
          ],
        },
        {
          roleKey: "incident_lead",
          items: [
            once(
              "destination",
              "Bestäm vilka lokaler som ska tömmas och vart grupperna ska, och skicka det till alla i appen.",
              "Decide which rooms are to be cleared and where groups should go, and send it to everyone in the app.",
            ),
            once(
              "call_112",
              "Ring 112 om det behövs och inte redan är gjort.",
              "Call 112 if needed and nobody has yet.",
            ),
            once(
              "roll_call",
              "Följ uppropet i appen tills alla är räknade på den nya platsen.",
              "Follow the roll-call in the app until everyone is accounted for at the new place.",
            ),
            once(
              "switch",
              "Byt larmet till utrymning eller inrymning om läget förändras.",
              "Switch the alarm to evacuation or lockdown if the situation changes.",
            ),
            once(
              "all_clear",
              "Ge klartecken när det är säkert att gå tillbaka.",
              "Give the all-clear when it is safe to go back.",
            ),
          ],
        },
        {
          roleKey: "evacuation_marshal",
          items: [
            each(
              "check_destination",
              "Kontrollera att den nya platsen är öppen och säker och att vägen dit är fri.",
              "Check that the new place is open and safe and that the way there is clear.",
            ),
            each(
              "guide",
              "Led grupperna dit och håll dem borta från det drabbade området.",
              "Guide the groups there and keep them away from the affected area.",
            ),
            each(
              "sweep",
              "Kontrollera att lokalerna som ska tömmas är tomma, om det går utan risk.",
              "Check that the rooms being cleared are empty, if you can do so without risk.",
            ),
            each(
              "report",
              "Rapportera till krisledaren när alla har flyttat, eller vem som saknas.",
              "Report to the incident lead when everyone has moved, or who is missing.",
            ),
          ],
        },
        {
          roleKey: "log_keeper",
          items: [
            once(
              "log_outside_app",
              "Skriv i loggen det som inte syns i appen: samtal, beslut och orsak.",
              "Log what the app does not show: calls, decisions and the cause.",
            ),
            once(
              "decisions",
              "Notera tid och vem som fattade varje beslut.",
              "Note the time of each decision and who made it.",
            ),
            once(
              "times",
              "Notera när flytten började och när alla var på plats.",
              "Note when the move began and when everyone was in place.",
            ),
          ],
        },
        {
          roleKey: "safety_coordinator",
          items: [
            once(
              "cause",
              "Ta reda på orsaken och om fler delar av byggnaden kan behöva tömmas.",
              "Find out the cause and whether more parts of the building may need clearing.",
            ),
            once(
              "access",
              "Se till att den nya platsen går att låsa upp och att inga obehöriga kommer in.",
              "Make sure the new place can be unlocked and that no unauthorised people get in.",
            ),
            once(
              "stand_in",
              "Stötta krisledaren och ta över om krisledaren inte svarar.",
              "Support the incident lead, and take over if the incident lead does not respond.",
            ),
          ],
        },
        {
          roleKey: "crisis_team",
          items: [
            once(
              "convene",
              "Samla krisledningsgruppen, på plats eller digitalt.",
              "Convene the crisis team, on site or online.",
            ),
            once(
              "premises",
              "Ordna tillfälliga lokaler och transport om verksamheten inte kan gå tillbaka.",
              "Arrange temporary premises and transport if people cannot go back.",
            ),
            once(
              "next_day",
              "Planera för dagen efter: lokaler, information och stöd.",
              "Plan for the next day: premises, information and support.",
            ),
          ],
        },
        {
          roleKey: "spokesperson",
          items: [
            once(
              "approved_only",
              "Gå bara ut med information som krisledaren har godkänt.",
              "Publish only information the incident lead has approved.",
            ),
            once(
              "guardians",
              "Informera vårdnadshavare om vad som har hänt och var eleverna är.",
              "Tell guardians what has happened and where the pupils are.",
            ),
            once(
              "next_update",
              "Berätta när och var nästa besked kommer.",
              "Say when and where the next update will come.",
            ),
          ],
        },
      ],
      requiresAcknowledgement: true,
      silent: false,
      rollCall: true,
      escalation: [
        { type: "deputies_if_unacknowledged", roleKey: "incident_lead", afterSeconds: 60 },
        { type: "deputies_if_unacknowledged", roleKey: "evacuation_marshal", afterSeconds: 90 },
        {
          type: "role_if_unacknowledged",
          roleKey: "incident_lead",
          escalateToRoleKey: "safety_coordinator",
          afterSeconds: 180,
        },
        { type: "roles_on_severity", severity: "high", roleKeys: ["safety_coordinator"] },
        {
          type: "roles_on_severity",
          severity: "critical",
          roleKeys: ["crisis_team", "spokesperson"],
        },
      ],
    },
  },

  // ── Pågående dödligt våld (PDV) ──────────────────────────────────────────────────────────────
  // Silent: a ringing phone can give away a hiding place. Police advice: Fly – Sök skydd – Larma.
  {
    key: "active_violence",
    name: t("Pågående dödligt våld (PDV)", "Active violence"),
    description: t(
      "Någon försöker döda eller skada människor på platsen: fly, sök skydd, larma 112 – larmet är tyst.",
      "Someone is trying to kill or injure people on site: escape, hide, call 112 – the alarm is silent.",
    ),
    severity: "critical",
    plan: {
      raisers: "member",
      activatedRoleKeys: [
        "incident_lead",
        "safety_coordinator",
        "log_keeper",
        "first_aider",
        "spokesperson",
        "crisis_team",
        "staff",
      ],
      alertEveryone: true,
      alertText: t(
        "PÅGÅENDE DÖDLIGT VÅLD – fly, sök skydd, larma 112. Stäng av ljudet.",
        "ACTIVE VIOLENCE – escape, hide, call 112. Silence your phone.",
      ),
      instructions: lines(
        [
          "Fly om du kan göra det säkert. Ta med andra, men vänta inte på den som tvekar. Lämna allt annat.",
          "Escape if you can do it safely. Take others with you, but do not wait for anyone who hesitates. Leave your things.",
        ],
        [
          "Kan du inte fly: sök skydd. Lås eller barrikadera dörren, släck och håll er tysta, borta från dörr och fönster.",
          "If you cannot escape, hide. Lock or barricade the door, turn off the lights and stay quiet, away from the door and windows.",
        ],
        [
          "Stäng av ljud och vibration på telefonen. Ring eller sms:a inte till någon som kan vara i området.",
          "Turn off sound and vibration on your phone. Do not call or text anyone who may be in the area.",
        ],
        [
          "Larma 112 när du är i säkerhet eller kan prata tyst: säg var du är och vad du har sett.",
          "Call 112 once you are safe or can talk quietly: say where you are and what you have seen.",
        ],
        [
          "Öppna inte dörren för någon. Polisen tar sig in själv.",
          "Do not open the door to anyone. The police will get in on their own.",
        ],
        [
          "När polisen kommer: håll händerna tomma och synliga och gör som de säger. Svara i appen bara när det är säkert.",
          "When the police arrive, keep your hands empty and visible and do as they say. Answer in the app only when it is safe.",
        ],
      ),
      cards: [
        {
          roleKey: "staff",
          items: [
            each(
              "escape",
              "Fly med eleverna om ni kan ta er ut säkert, bort från hotet.",
              "Get out with your pupils if you can do so safely, away from the threat.",
            ),
            each(
              "hide",
              "Kan ni inte fly: lås eller barrikadera dörren, släck och håll er borta från dörr och fönster.",
              "If you cannot get out: lock or barricade the door, turn off the lights and keep away from the door and windows.",
            ),
            each(
              "silence",
              "Stäng av ljud och vibration på din telefon och be eleverna göra likadant.",
              "Turn off sound and vibration on your phone and have your pupils do the same.",
            ),
            each(
              "call_112",
              "Ring 112 när du kan prata säkert: var ni är, vad du har sett och om någon är skadad.",
              "Call 112 when you can talk safely: where you are, what you have seen and whether anyone is hurt.",
            ),
            each(
              "count",
              "Räkna dina elever och svara tyst i appen: i säkerhet eller behöver hjälp.",
              "Count your pupils and answer quietly in the app: safe or need help.",
            ),
            each(
              "door_shut",
              "Öppna inte dörren för någon. Polisen tar sig in själv.",
              "Do not open the door to anyone. The police will get in on their own.",
            ),
            each(
              "hands",
              "När polisen kommer: håll händerna tomma och synliga och gör som de säger.",
              "When the police arrive, keep your hands empty and visible and do as they say.",
            ),
          ],
        },
        {
          roleKey: "incident_lead",
          items: [
            each(
              "protect_self",
              "Sök skydd först. Led bara från en plats där du själv är säker.",
              "Take cover first. Lead only from somewhere you are safe.",
            ),
            once(
              "call_112",
              "Ring 112 om ingen har gjort det: pågående dödligt våld, adress, var gärningspersonen senast sågs.",
              "Call 112 if nobody has: active violence, the address, where the attacker was last seen.",
            ),
            once(
              "situation",
              "Följ svaren i appen: vem som är i säkerhet, vem som behöver hjälp, var gärningspersonen har setts.",
              "Follow the answers in the app: who is safe, who needs help, where the attacker has been seen.",
            ),
            once(
              "messages",
              "Skicka bara korta besked som hjälper folk att skydda sig, till exempel var gärningspersonen är.",
              "Send only short messages that help people stay safe, such as where the attacker is.",
            ),
            once(
              "police",
              "Ge polisen det de ber om: lägesbilden i appen, ritningar, nycklar och passerkort.",
              "Give the police what they ask for: the picture in the app, floor plans, keys and access cards.",
            ),
            once(
              "end",
              "Avsluta larmet först när polisen säger att faran är över.",
              "End the alarm only when the police say the danger is over.",
            ),
          ],
        },
        {
          roleKey: "safety_coordinator",
          items: [
            each(
              "protect_self",
              "Sök skydd först. Gör bara det du kan göra utan att utsätta dig för fara.",
              "Take cover first. Do only what you can do without putting yourself in danger.",
            ),
            once(
              "lock_remote",
              "Lås ytterdörrarna via passersystemet om det går att göra på distans.",
              "Lock the outer doors through the access control system if it can be done remotely.",
            ),
            once(
              "stop_arrivals",
              "Se till att ingen går in på området: besökare, leveranser, elever på väg till skolan.",
              "Make sure nobody enters the site: visitors, deliveries, pupils on their way in.",
            ),
            once(
              "police_entry",
              "Berätta för polisen via 112 var de lättast tar sig in och var människor har sökt skydd.",
              "Tell the police through 112 where they can get in most easily and where people are sheltering.",
            ),
            once(
              "stand_in",
              "Stötta krisledaren och ta över om krisledaren inte svarar.",
              "Support the incident lead, and take over if the incident lead does not respond.",
            ),
          ],
        },
        {
          roleKey: "first_aider",
          items: [
            each(
              "protect_self",
              "Sök skydd först. Gå inte ut för att hjälpa skadade förrän polisen säger att det är säkert.",
              "Take cover first. Do not go out to help the injured until the police say it is safe.",
            ),
            each(
              "help_nearby",
              "Hjälp skadade där du är: tryck hårt mot kraftiga blödningar och håll dem varma.",
              "Help the injured where you are: press hard on heavy bleeding and keep them warm.",
            ),
            each(
              "report_injured",
              "Skriv i appen hur många skadade som finns där du är och hur allvarligt.",
              "Report in the app how many injured are with you and how badly hurt they are.",
            ),
            once(
              "after_clear",
              "När polisen gett klartecken: hjälp ambulans och räddningstjänst där de behöver dig.",
              "Once the police give the all-clear, help the ambulance and rescue crews where they need you.",
            ),
          ],
        },
        {
          roleKey: "log_keeper",
          items: [
            each(
              "protect_self",
              "Sök skydd först. Skriv bara när du är i säkerhet.",
              "Take cover first. Write only once you are safe.",
            ),
            once(
              "log",
              "Skriv tider och händelser i loggen: 112-samtal, vad som har setts och var, beslut.",
              "Log times and events: 112 calls, what was seen and where, decisions.",
            ),
            once(
              "unconfirmed",
              "Skriv bara det du vet och markera uppgifter som inte är bekräftade.",
              "Write only what you know, and mark anything that has not been confirmed.",
            ),
            once(
              "missing_list",
              "Håll en lista över skadade och saknade utifrån svaren i appen.",
              "Keep a list of the injured and missing from the answers in the app.",
            ),
          ],
        },
        {
          roleKey: "spokesperson",
          items: [
            once(
              "approved_only",
              "Gå bara ut med information som polisen och krisledaren har godkänt.",
              "Publish only information the police and the incident lead have approved.",
            ),
            once(
              "guardians",
              "Be vårdnadshavare att inte komma till skolan och inte ringa eller sms:a sina barn.",
              "Ask guardians not to come to the school and not to call or text their children.",
            ),
            once(
              "media",
              "Hänvisa frågor om händelsen till polisen. Säg inget om var människor har sökt skydd.",
              "Refer questions about the incident to the police. Say nothing about where people are hiding.",
            ),
            once(
              "reunion",
              "Berätta var vårdnadshavare kan få besked och möta sina barn, när polisen har bestämt det.",
              "Tell guardians where they can get news and meet their children, once the police have decided.",
            ),
            once(
              "social_media",
              "Bevaka sociala medier och rätta felaktiga uppgifter i samråd med polisen.",
              "Monitor social media and correct false information together with the police.",
            ),
          ],
        },
        {
          roleKey: "crisis_team",
          items: [
            once(
              "convene",
              "Samla krisledningsgruppen utanför området eller digitalt.",
              "Convene the crisis team away from the site or online.",
            ),
            once(
              "police_liaison",
              "Samverka med polisens ledning och utse en kontaktperson.",
              "Work with police command and appoint a contact person.",
            ),
            once(
              "reunion",
              "Ordna en plats för återförening med vårdnadshavare, tillsammans med polisen.",
              "Set up a place, with the police, where guardians are reunited with their children.",
            ),
            once(
              "crisis_support",
              "Aktivera krisstöd (POSOM) för elever, personal och anhöriga.",
              "Activate crisis support (POSOM) for pupils, staff and families.",
            ),
            once(
              "next_days",
              "Planera de närmaste dagarna: lokaler, undervisning, information och stöd.",
              "Plan the coming days: premises, teaching, information and support.",
            ),
          ],
        },
      ],
      requiresAcknowledgement: true,
      silent: true,
      rollCall: true,
      escalation: [
        { type: "deputies_if_unacknowledged", roleKey: "incident_lead", afterSeconds: 60 },
        { type: "deputies_if_unacknowledged", roleKey: "safety_coordinator", afterSeconds: 60 },
        { type: "deputies_if_unacknowledged", roleKey: "first_aider", afterSeconds: 120 },
        { type: "deputies_if_unacknowledged", roleKey: "log_keeper", afterSeconds: 120 },
        { type: "deputies_if_unacknowledged", roleKey: "spokesperson", afterSeconds: 120 },
        { type: "deputies_if_unacknowledged", roleKey: "crisis_team", afterSeconds: 180 },
      ],
    },
  },

  // ── Första hjälpen ─────────────────────────────────────────────────────────────────────────
  {
    key: "first_aid",
    name: t("Första hjälpen", "First aid"),
    description: t(
      "Akut sjukdom eller skada: första hjälpare larmas till platsen, någon ringer 112 och möter ambulansen.",
      "Acute illness or injury: first aiders are called to the scene, someone calls 112 and meets the ambulance.",
    ),
    severity: "high",
    plan: {
      raisers: "member",
      activatedRoleKeys: ["first_aider", "incident_lead"],
      alertEveryone: false,
      alertText: t(
        "FÖRSTA HJÄLPEN – gå till platsen nu, ta med väska och hjärtstartare",
        "FIRST AID – go to the scene now with the kit and defibrillator",
      ),
      instructions: lines(
        [
          "Gå direkt till platsen i larmet. Ta med första hjälpen-väska och hjärtstartare.",
          "Go straight to the place in the alarm. Bring the first aid kit and the defibrillator.",
        ],
        [
          "Ring 112 om personen är medvetslös, har svårt att andas, blöder kraftigt eller om du är osäker.",
          "Call 112 if the person is unconscious, struggling to breathe or bleeding heavily, or if you are unsure.",
        ],
        [
          "Stoppa kraftig blödning. Starta HLR om personen inte andas normalt.",
          "Stop heavy bleeding. Start CPR if the person is not breathing normally.",
        ],
        [
          "Skicka någon att möta ambulansen vid entrén.",
          "Send someone to meet the ambulance at the entrance.",
        ],
        [
          "Stanna hos personen tills ambulanspersonalen tar över.",
          "Stay with the person until the ambulance crew takes over.",
        ],
      ),
      cards: [
        {
          roleKey: "first_aider",
          items: [
            each(
              "go",
              "Gå direkt till platsen. Ta med första hjälpen-väskan.",
              "Go straight to the scene. Bring the first aid kit.",
            ),
            once("aed", "Ta med hjärtstartaren.", "Bring the defibrillator."),
            once(
              "safe_scene",
              "Se till att platsen är säker för dig och den drabbade.",
              "Make sure the scene is safe for you and the casualty.",
            ),
            once(
              "call_112",
              "Ring 112 om det inte redan är gjort och sätt telefonen på högtalare.",
              "Call 112 if nobody has yet, and put the phone on speaker.",
            ),
            once(
              "treat",
              "Stoppa kraftig blödning, kontrollera andningen och starta HLR om personen inte andas normalt.",
              "Stop heavy bleeding, check breathing and start CPR if the person is not breathing normally.",
            ),
            once(
              "meet_ambulance",
              "Se till att någon möter ambulansen vid entrén och visar vägen.",
              "Make sure someone meets the ambulance at the entrance and shows the way.",
            ),
            once(
              "handover",
              "Berätta för ambulanspersonalen vad som har hänt och vad ni har gjort.",
              "Tell the ambulance crew what happened and what you have done.",
            ),
            once(
              "note",
              "Skriv kort i appen vad som hänt när personen har lämnats över.",
              "Once the person has been handed over, note briefly in the app what happened.",
            ),
          ],
        },
        {
          roleKey: "incident_lead",
          items: [
            once(
              "check_help",
              "Kontrollera att en första hjälpare är på plats och att 112 är larmat.",
              "Check that a first aider is on the scene and that 112 has been called.",
            ),
            once(
              "meet_ambulance",
              "Utse någon som möter ambulansen vid huvudentrén och håller vägen fri.",
              "Ask someone to meet the ambulance at the main entrance and keep the way clear.",
            ),
            once(
              "bystanders",
              "Ta hand om elever som har sett händelsen och håll andra borta från platsen.",
              "Look after pupils who saw what happened and keep others away from the scene.",
            ),
            once(
              "next_of_kin",
              "Kontakta vårdnadshavare eller anhöriga.",
              "Contact the guardians or next of kin.",
            ),
            once(
              "follow_up",
              "Se till att händelsen rapporteras och att de inblandade erbjuds stöd.",
              "Make sure the incident is reported and those involved are offered support.",
            ),
          ],
        },
        {
          roleKey: "staff",
          items: [
            once(
              "go_if_near",
              "Är du nära: gå till platsen och hjälp till tills en första hjälpare kommer.",
              "If you are nearby, go to the scene and help until a first aider arrives.",
            ),
            once("call_112", "Ring 112 om det inte redan är gjort.", "Call 112 if nobody has yet."),
            once("aed", "Hämta närmaste hjärtstartare.", "Fetch the nearest defibrillator."),
            once(
              "meet_ambulance",
              "Möt ambulansen vid entrén och visa vägen.",
              "Meet the ambulance at the entrance and show the way.",
            ),
          ],
        },
        {
          roleKey: "crisis_team",
          items: [
            once(
              "convene",
              "Samla krisledningsgruppen, på plats eller digitalt.",
              "Convene the crisis team, on site or online.",
            ),
            once(
              "next_of_kin",
              "Se till att anhöriga får besked på ett personligt och samordnat sätt.",
              "Make sure next of kin are told in person and in a coordinated way.",
            ),
            once(
              "crisis_support",
              "Ordna krisstöd till elever, personal och anhöriga.",
              "Arrange crisis support for pupils, staff and families.",
            ),
            once(
              "communication",
              "Bestäm vad som ska sägas till elever, personal och vårdnadshavare, och av vem.",
              "Decide what pupils, staff and guardians will be told, and by whom.",
            ),
          ],
        },
      ],
      requiresAcknowledgement: true,
      silent: false,
      rollCall: false,
      escalation: [
        { type: "deputies_if_unacknowledged", roleKey: "first_aider", afterSeconds: 45 },
        {
          type: "role_if_unacknowledged",
          roleKey: "first_aider",
          escalateToRoleKey: "staff",
          afterSeconds: 120,
        },
        { type: "deputies_if_unacknowledged", roleKey: "incident_lead", afterSeconds: 120 },
        { type: "roles_on_severity", severity: "critical", roleKeys: ["crisis_team"] },
      ],
    },
  },

  // ── Driftstörning ──────────────────────────────────────────────────────────────────────────
  {
    key: "it_outage",
    name: t("Driftstörning", "IT outage"),
    description: t(
      "Störning i IT eller andra tekniska system: IT-jouren larmas först och ledningen när kritiska system berörs.",
      "A failure in IT or other technical systems: IT on call is alerted first, and management when critical systems are hit.",
    ),
    severity: "medium",
    plan: {
      raisers: "coordinator",
      activatedRoleKeys: ["it_on_call"],
      alertEveryone: false,
      alertText: t(
        "DRIFTSTÖRNING – kvittera och börja felsöka",
        "IT OUTAGE – acknowledge and start troubleshooting",
      ),
      instructions: lines(
        [
          "Kvittera larmet så att andra ser att någon tar hand om det.",
          "Acknowledge the alarm so others can see someone is on it.",
        ],
        [
          "Ta reda på vilka system och verksamheter som berörs och sedan när.",
          "Find out which systems and services are affected, and since when.",
        ],
        [
          "Misstänker du intrång: koppla bort drabbade datorer från nätet, men stäng inte av dem.",
          "If you suspect an intrusion, disconnect affected computers from the network, but do not switch them off.",
        ],
        [
          "Höj allvarlighetsgraden i appen om kritiska system berörs, så larmas ledningen.",
          "Raise the severity in the app if critical systems are hit, so that management is alerted.",
        ],
        [
          "Skriv läget i appen minst var 30:e minut, även om inget har ändrats.",
          "Post a status update in the app at least every 30 minutes, even if nothing has changed.",
        ],
      ),
      cards: [
        {
          roleKey: "it_on_call",
          items: [
            once(
              "scope",
              "Ta reda på vilka system, enheter och användare som berörs och sedan när.",
              "Find out which systems, units and users are affected, and since when.",
            ),
            once(
              "critical_systems",
              "Kontrollera först kritiska system: passersystem, larm, telefoni och verksamhetssystem.",
              "Check critical systems first: access control, alarms, telephony and core business systems.",
            ),
            once(
              "intrusion",
              "Misstänker du intrång: koppla bort drabbade datorer från nätet, men stäng inte av dem.",
              "If you suspect an intrusion, disconnect affected computers from the network, but do not switch them off.",
            ),
            once(
              "severity",
              "Höj allvarlighetsgraden i appen om kritiska system berörs eller felet väntas pågå länge.",
              "Raise the severity in the app if critical systems are hit or the fault is likely to last.",
            ),
            once(
              "vendor",
              "Kontakta leverantör eller driftpartner och skriv ärendenumret i loggen.",
              "Contact the supplier or service partner and put the ticket number in the log.",
            ),
            once(
              "inform",
              "Skicka ett kort besked till berörda: vad som inte fungerar och när nästa besked kommer.",
              "Send a short message to those affected: what is not working and when the next update will come.",
            ),
            once(
              "status",
              "Uppdatera läget i appen minst var 30:e minut.",
              "Update the status in the app at least every 30 minutes.",
            ),
            once(
              "restore",
              "När felet är åtgärdat: kontrollera att allt fungerar, meddela berörda och avsluta larmet.",
              "Once fixed, check that everything works, tell those affected and end the alarm.",
            ),
          ],
        },
        {
          roleKey: "incident_lead",
          items: [
            once(
              "consequences",
              "Ta reda på vad störningen betyder för verksamheten och för människors säkerhet.",
              "Find out what the outage means for the operation and for people's safety.",
            ),
            once(
              "plan_b",
              "Starta plan B för de verksamheter som berörs, till exempel manuella rutiner.",
              "Start Plan B for the affected services, such as manual routines.",
            ),
            once(
              "safety_systems",
              "Är passersystem, larm eller telefoni nere: bemanna entréerna och ordna ett annat sätt att larma.",
              "If access control, alarms or phones are down, staff the entrances and set up another way to raise the alarm.",
            ),
            once(
              "inform_staff",
              "Informera personalen om vad som gäller tills felet är åtgärdat.",
              "Tell staff what to do until the fault is fixed.",
            ),
          ],
        },
        {
          roleKey: "crisis_team",
          items: [
            once(
              "convene",
              "Samla krisledningsgruppen och bedöm om händelsen ska hanteras som en kris.",
              "Convene the crisis team and decide whether this is to be handled as a crisis.",
            ),
            once(
              "priorities",
              "Prioritera vilka verksamheter som ska återställas först.",
              "Decide which services are to be restored first.",
            ),
            once(
              "reporting",
              "Bedöm om händelsen måste anmälas, till exempel som personuppgiftsincident till IMY inom 72 timmar.",
              "Decide whether the incident must be reported, for example as a personal data breach to IMY within 72 hours.",
            ),
            once(
              "communication",
              "Bestäm vad som ska sägas internt och externt, och av vem.",
              "Decide what will be said internally and externally, and by whom.",
            ),
          ],
        },
        {
          roleKey: "spokesperson",
          items: [
            once(
              "approved_only",
              "Gå bara ut med information som krisledningsgruppen har godkänt.",
              "Publish only information the crisis team has approved.",
            ),
            once(
              "public",
              "Berätta för dem som berörs vad som inte fungerar, vad de kan göra i stället och när nästa besked kommer.",
              "Tell those affected what is not working, what they can do instead and when the next update will come.",
            ),
            once(
              "media",
              "Säg inget om tekniska detaljer eller misstänkt intrång utan godkännande.",
              "Say nothing about technical details or a suspected intrusion without approval.",
            ),
          ],
        },
      ],
      requiresAcknowledgement: true,
      silent: false,
      rollCall: false,
      escalation: [
        { type: "deputies_if_unacknowledged", roleKey: "it_on_call", afterSeconds: 300 },
        {
          type: "role_if_unacknowledged",
          roleKey: "it_on_call",
          escalateToRoleKey: "incident_lead",
          afterSeconds: 900,
        },
        { type: "roles_on_severity", severity: "high", roleKeys: ["incident_lead"] },
        {
          type: "roles_on_severity",
          severity: "critical",
          roleKeys: ["crisis_team", "spokesperson"],
        },
      ],
    },
  },

  // ── Brand ──────────────────────────────────────────────────────────────────────────────────
  // An attacker may set off the fire alarm to drive people out: the coordinator can switch the
  // incident to lockdown, and everyone is told what to do if that happens.
  {
    key: "fire",
    name: t("Brand", "Fire"),
    description: t(
      "Brand eller brandlarm: alla utrymmer till återsamlingsplatsen, men samordnaren kan byta till inrymning om larmet kan vara en fälla.",
      "Fire or fire alarm: everyone evacuates to the assembly point, but the coordinator may switch to lockdown if the alarm could be a ruse.",
    ),
    severity: "critical",
    plan: {
      raisers: "member",
      activatedRoleKeys: [
        "incident_lead",
        "safety_coordinator",
        "evacuation_marshal",
        "first_aider",
        "log_keeper",
        "staff",
      ],
      alertEveryone: true,
      alertText: t(
        "BRAND – lämna byggnaden, gå till återsamlingsplatsen",
        "FIRE – leave the building and go to the assembly point",
      ),
      instructions: lines(
        [
          "Lämna byggnaden direkt via närmaste säkra utrymningsväg. Använd inte hissen.",
          "Leave the building now by the nearest safe escape route. Do not use the lift.",
        ],
        [
          "Ta med eleverna och stäng dörrar efter er. Möter ni rök, välj en annan väg.",
          "Take your pupils and close doors behind you. If you meet smoke, take another way.",
        ],
        [
          "Kommer ni inte ut: stanna i ett rum med stängd dörr, ring 112 och visa er i fönstret.",
          "If you cannot get out, stay in a room with the door shut, call 112 and show yourselves at the window.",
        ],
        [
          "Gå till återsamlingsplatsen, räkna dina elever och svara i appen.",
          "Go to the assembly point, count your pupils and answer in the app.",
        ],
        [
          "Gå inte tillbaka in förrän räddningstjänsten ger klartecken.",
          "Do not go back in until the rescue service gives the all-clear.",
        ],
        [
          "Ändras larmet till INRYMNING: gå i stället in i närmaste låsbara rum och lås.",
          "If the alarm changes to LOCKDOWN, go into the nearest lockable room instead and lock it.",
        ],
      ),
      cards: [
        {
          roleKey: "staff",
          items: [
            each(
              "lead_out",
              "Led ut eleverna via närmaste säkra utrymningsväg och ta med klasslistan.",
              "Lead your pupils out by the nearest safe escape route and take the class list.",
            ),
            each(
              "smoke",
              "Möter ni rök: vänd och ta en annan väg.",
              "If you meet smoke, turn back and take another way.",
            ),
            each(
              "close_doors",
              "Stäng dörrar efter er så att branden inte sprider sig. Lås inte.",
              "Close doors behind you to stop the fire spreading. Do not lock them.",
            ),
            once(
              "extinguish",
              "Släck bara om branden är liten och du kan göra det utan risk.",
              "Only fight the fire if it is small and you can do so without risk.",
            ),
            each(
              "trapped",
              "Kommer ni inte ut: stanna i ett rum, stäng dörren, ring 112 och visa er i fönstret.",
              "If you cannot get out: stay in a room, shut the door, call 112 and show yourselves at the window.",
            ),
            each(
              "count",
              "Räkna dina elever på återsamlingsplatsen och svara i appen hur många som är med dig.",
              "Count your pupils at the assembly point and report in the app how many are with you.",
            ),
            each(
              "missing",
              "Saknas någon: säg till utrymningsledaren. Gå inte tillbaka in och leta.",
              "If anyone is missing, tell the evacuation marshal. Do not go back in to look.",
            ),
            each(
              "lockdown_switch",
              "Ändras larmet till INRYMNING: gå in i närmaste låsbara rum och lås.",
              "If the alarm changes to LOCKDOWN, go into the nearest lockable room and lock it.",
            ),
          ],
        },
        {
          roleKey: "incident_lead",
          items: [
            once(
              "call_112",
              "Ring 112 om det inte redan är gjort: brand, adress och om någon saknas.",
              "Call 112 if nobody has yet: fire, the address and whether anyone is missing.",
            ),
            once(
              "ruse_check",
              "Tyder något på att brandlarmet är en fälla, till exempel hot, skott eller en beväpnad person? Byt till inrymning.",
              "Any sign the fire alarm is a ruse, such as threats, shots or an armed person? Switch to lockdown.",
            ),
            once(
              "meet_rescue",
              "Möt räddningstjänsten vid huvudentrén: var det brinner, vilka som saknas och var de sågs senast.",
              "Meet the rescue service at the main entrance: where the fire is, who is missing and where they were last seen.",
            ),
            once(
              "roll_call",
              "Följ uppropet i appen tills alla är räknade.",
              "Follow the roll-call in the app until everyone is accounted for.",
            ),
            once(
              "shelter",
              "Ordna skydd mot kyla och regn för eleverna om det dröjer.",
              "Arrange shelter from cold and rain for the pupils if it drags on.",
            ),
            once(
              "escalate",
              "Eskalera till krisledningsgruppen om någon saknas eller är skadad, eller om byggnaden inte kan användas.",
              "Escalate to the crisis team if anyone is missing or injured, or if the building cannot be used.",
            ),
            once(
              "all_clear",
              "Låt ingen gå in förrän räddningstjänsten har gett klartecken.",
              "Let nobody back in until the rescue service has given the all-clear.",
            ),
          ],
        },
        {
          roleKey: "safety_coordinator",
          items: [
            once(
              "fire_panel",
              "Läs av brandlarmscentralen: vilken sektion som larmar.",
              "Read the fire alarm panel: which zone has gone off.",
            ),
            once(
              "keys",
              "Ta med nycklar, passerkort och ritningar till räddningstjänsten vid huvudentrén.",
              "Bring keys, access cards and floor plans to the rescue service at the main entrance.",
            ),
            once(
              "stop_entry",
              "Se till att ingen går in i byggnaden, inte heller besökare eller leveranser.",
              "Make sure nobody goes into the building, including visitors and deliveries.",
            ),
            once(
              "watch_threat",
              "Håll utkik efter tecken på hot och säg till krisledaren direkt om något verkar fel.",
              "Watch for signs of a threat and tell the incident lead at once if something seems wrong.",
            ),
            once(
              "assembly_safe",
              "Kontrollera att återsamlingsplatsen är säker och inte i vägen för räddningstjänsten.",
              "Check that the assembly point is safe and not in the way of the rescue service.",
            ),
            once(
              "stand_in",
              "Stötta krisledaren och ta över om krisledaren inte svarar.",
              "Support the incident lead, and take over if the incident lead does not respond.",
            ),
          ],
        },
        {
          roleKey: "evacuation_marshal",
          items: [
            each(
              "sweep",
              "Kontrollera på vägen ut att toaletter och grupprum är tomma. Gå aldrig in i rök.",
              "On your way out, check that toilets and group rooms are empty. Never go into smoke.",
            ),
            each(
              "assembly",
              "Gå till återsamlingsplatsen och ta emot grupperna.",
              "Go to the assembly point and receive the groups.",
            ),
            each(
              "collect_counts",
              "Samla in antal från varje grupp och jämför med uppropet i appen.",
              "Collect the numbers from each group and compare them with the roll-call in the app.",
            ),
            each(
              "report",
              "Rapportera till krisledaren: alla ute, eller vem som saknas och var hen sågs senast.",
              "Report to the incident lead: everyone out, or who is missing and where they were last seen.",
            ),
            each(
              "keep_out",
              "Se till att ingen går tillbaka in i byggnaden.",
              "Make sure nobody goes back into the building.",
            ),
          ],
        },
        {
          roleKey: "first_aider",
          items: [
            once(
              "kit",
              "Ta med första hjälpen-väskan och hjärtstartaren om de finns på vägen ut.",
              "Bring the first aid kit and the defibrillator if they are on your way out.",
            ),
            each(
              "report_in",
              "Gå till återsamlingsplatsen och säg till krisledaren att du är där.",
              "Go to the assembly point and tell the incident lead you are there.",
            ),
            once(
              "burns",
              "Kyl brännskador med ljummet vatten i minst 20 minuter.",
              "Cool burns with lukewarm water for at least 20 minutes.",
            ),
            once(
              "smoke",
              "Har någon andats in rök: ring 112 och låt ambulanspersonalen bedöma personen.",
              "If anyone has breathed in smoke, call 112 and let the ambulance crew assess them.",
            ),
            once(
              "warm",
              "Håll skadade och frusna varma, till exempel med filtar eller jackor.",
              "Keep the injured and anyone cold warm, for example with blankets or coats.",
            ),
          ],
        },
        {
          roleKey: "log_keeper",
          items: [
            once(
              "log_outside_app",
              "Skriv i loggen det som inte syns i appen: samtal, beslut och besked från räddningstjänsten.",
              "Log what the app does not show: calls, decisions and what the rescue service says.",
            ),
            once(
              "times",
              "Notera när byggnaden var tom, när räddningstjänsten kom och när klartecken gavs.",
              "Note when the building was empty, when the rescue service arrived and when the all-clear came.",
            ),
            once(
              "missing_list",
              "Håll en aktuell lista över saknade och skadade och var de senast sågs.",
              "Keep an up-to-date list of who is missing or injured and where they were last seen.",
            ),
          ],
        },
        {
          roleKey: "crisis_team",
          items: [
            once(
              "convene",
              "Samla krisledningsgruppen, på plats eller digitalt.",
              "Convene the crisis team, on site or online.",
            ),
            once(
              "premises",
              "Ordna tillfälliga lokaler och transport om byggnaden inte kan användas.",
              "Arrange temporary premises and transport if the building cannot be used.",
            ),
            once(
              "crisis_support",
              "Ordna krisstöd till elever och personal vid behov.",
              "Arrange crisis support for pupils and staff if needed.",
            ),
            once(
              "communication",
              "Utse en talesperson och bestäm vad vårdnadshavare och media ska få veta.",
              "Appoint a spokesperson and decide what guardians and the media will be told.",
            ),
          ],
        },
      ],
      requiresAcknowledgement: true,
      silent: false,
      rollCall: true,
      escalation: [
        { type: "deputies_if_unacknowledged", roleKey: "incident_lead", afterSeconds: 60 },
        { type: "deputies_if_unacknowledged", roleKey: "safety_coordinator", afterSeconds: 60 },
        { type: "deputies_if_unacknowledged", roleKey: "evacuation_marshal", afterSeconds: 60 },
        { type: "deputies_if_unacknowledged", roleKey: "first_aider", afterSeconds: 120 },
        { type: "deputies_if_unacknowledged", roleKey: "log_keeper", afterSeconds: 180 },
        {
          type: "role_if_unacknowledged",
          roleKey: "incident_lead",
          escalateToRoleKey: "crisis_team",
          afterSeconds: 180,
        },
      ],
    },
  },

  // ── Hot och våld (personlarm) ──────────────────────────────────────────────────────────────
  {
    key: "threat",
    name: t("Hot och våld", "Threats and violence"),
    description: t(
      "Personlarm när någon i personalen hotas eller utsätts för våld, till exempel vid ensamarbete.",
      "Personal alarm for when a member of staff is threatened or attacked, for example when working alone.",
    ),
    severity: "high",
    plan: {
      raisers: "member",
      activatedRoleKeys: ["staff", "safety_coordinator", "incident_lead"],
      alertEveryone: false,
      alertText: t(
        "PERSONLARM – en kollega hotas. Gå dit i par, ring 112 vid våld eller vapen",
        "PERSONAL ALARM – colleague threatened. Go in pairs; violence or weapon: call 112",
      ),
      instructions: lines(
        [
          "En kollega har larmat om hot eller våld på den plats som anges i larmet.",
          "A colleague has raised an alarm about a threat or violence at the place shown.",
        ],
        [
          "Ring 112 vid våld, vapen eller om läget är oklart.",
          "Call 112 if there is violence or a weapon, or if the situation is unclear.",
        ],
        [
          "Gå dit bara om det är nära och säkert, och aldrig ensam.",
          "Go there only if it is close and safe, and never alone.",
        ],
        [
          "Håll avstånd, var lugn och hjälp kollegan därifrån. Försök inte övermanna någon.",
          "Keep your distance, stay calm and help your colleague get away. Do not try to overpower anyone.",
        ],
        [
          "Är kollegan på annan plats, till exempel på hembesök: ring 112 och uppge adressen i larmet.",
          "If your colleague is elsewhere, such as on a home visit, call 112 and give the address in the alarm.",
        ],
        [
          "Skriv i appen när kollegan är i säkerhet.",
          "Post in the app when your colleague is safe.",
        ],
      ),
      cards: [
        {
          roleKey: "staff",
          items: [
            once(
              "go_in_pairs",
              "Gå till platsen om du är nära, tillsammans med en kollega. Gå aldrig ensam.",
              "If you are nearby, go to the place with a colleague. Never go alone.",
            ),
            once(
              "call_112",
              "Ring 112 vid våld, vapen eller om läget är oklart.",
              "Call 112 if there is violence or a weapon, or if the situation is unclear.",
            ),
            once(
              "presence",
              "Visa att ni är där, håll avstånd och stå så att ni har en väg ut.",
              "Show that you are there, keep your distance and stand where you have a way out.",
            ),
            once(
              "get_away",
              "Hjälp kollegan bort från platsen. Försök inte gripa eller övermanna någon.",
              "Help your colleague away from the place. Do not try to restrain or overpower anyone.",
            ),
            once(
              "keep_others_away",
              "Håll elever och andra borta från platsen.",
              "Keep pupils and others away from the place.",
            ),
            once(
              "report_safe",
              "Skriv i appen när kollegan är i säkerhet.",
              "Post in the app when your colleague is safe.",
            ),
          ],
        },
        {
          roleKey: "safety_coordinator",
          items: [
            once(
              "locate",
              "Kontrollera var larmet kommer ifrån och om kollegan är ensam eller på annan plats.",
              "Check where the alarm is coming from and whether your colleague is alone or elsewhere.",
            ),
            once(
              "call_112",
              "Ring 112 om ingen annan har gjort det och läget är oklart.",
              "Call 112 if nobody else has and the situation is unclear.",
            ),
            once(
              "meet_police",
              "Möt polisen vid entrén och visa vägen.",
              "Meet the police at the entrance and show them the way.",
            ),
            once(
              "document",
              "Dokumentera vad som hände, vem som hotade, vad som sades och vilka som såg det.",
              "Document what happened, who made the threat, what was said and who saw it.",
            ),
            once(
              "risk",
              "Gör en riskbedömning med chefen: behövs skydd, ändrade arbetsuppgifter eller att någon följer med i arbetet?",
              "Assess the risk with the manager: is protection, changed duties or a companion at work needed?",
            ),
          ],
        },
        {
          roleKey: "incident_lead",
          items: [
            once(
              "lockdown",
              "Byt larmet till inrymning om hotet kan drabba fler.",
              "Switch the alarm to lockdown if the threat could affect others.",
            ),
            once(
              "support",
              "Se till att den utsatta inte lämnas ensam och erbjuds stöd samma dag.",
              "Make sure the person affected is not left alone and is offered support the same day.",
            ),
            once(
              "report",
              "Polisanmäl och rapportera händelsen. Allvarliga händelser anmäls till Arbetsmiljöverket.",
              "Report it to the police and internally. Serious incidents must be reported to the Work Environment Authority.",
            ),
            once(
              "follow_up",
              "Boka uppföljning med den utsatta och kollegorna inom några dagar.",
              "Book a follow-up with the person affected and their colleagues within a few days.",
            ),
          ],
        },
        {
          roleKey: "crisis_team",
          items: [
            once(
              "convene",
              "Samla krisledningsgruppen, på plats eller digitalt.",
              "Convene the crisis team, on site or online.",
            ),
            once(
              "protect",
              "Besluta om skydd för den utsatta och andra som kan vara hotade.",
              "Decide on protection for the person affected and anyone else who may be at risk.",
            ),
            once(
              "crisis_support",
              "Ordna krisstöd till den utsatta och kollegorna.",
              "Arrange crisis support for the person affected and their colleagues.",
            ),
          ],
        },
      ],
      requiresAcknowledgement: true,
      silent: false,
      rollCall: false,
      escalation: [
        { type: "deputies_if_unacknowledged", roleKey: "staff", afterSeconds: 60 },
        { type: "deputies_if_unacknowledged", roleKey: "safety_coordinator", afterSeconds: 60 },
        { type: "deputies_if_unacknowledged", roleKey: "incident_lead", afterSeconds: 120 },
        { type: "roles_on_severity", severity: "critical", roleKeys: ["crisis_team"] },
      ],
    },
  },

  // ── Strömavbrott och bortfall ──────────────────────────────────────────────────────────────
  // Hands over to the unit's continuity plan (Plan B) from the preparedness module.
  {
    key: "utility_outage",
    name: t("Strömavbrott och bortfall", "Power, water or heating outage"),
    description: t(
      "Bortfall av el, vatten eller värme: enhetens kontinuitetsplan (plan B) tar vid.",
      "Loss of power, water or heating: the unit's continuity plan (Plan B) takes over.",
    ),
    severity: "medium",
    plan: {
      raisers: "member",
      activatedRoleKeys: ["incident_lead", "safety_coordinator", "staff"],
      alertEveryone: false,
      alertText: t(
        "BORTFALL AV EL, VATTEN ELLER VÄRME – följ er plan B",
        "POWER, WATER OR HEATING OUTAGE – follow your Plan B",
      ),
      instructions: lines(
        [
          "Ta fram enhetens kontinuitetsplan (plan B) och gör din del av den.",
          "Get out your unit's continuity plan (Plan B) and do your part of it.",
        ],
        [
          "Se först till dem som är beroende av el eller värme, till exempel av medicinsk utrustning, hiss eller trygghetslarm.",
          "See first to people who depend on power or heat, for example for medical equipment, a lift or a care alarm.",
        ],
        ["Använd ficklampor, inte levande ljus.", "Use torches, not candles."],
        [
          "Ring 112 bara vid akut fara. Information om större störningar finns på 113 13.",
          "Call 112 only in an emergency. Information about major disruptions is on 113 13.",
        ],
        [
          "Skriv i appen vad som inte fungerar och vad ni har gjort.",
          "Post in the app what is not working and what you have done.",
        ],
      ),
      cards: [
        {
          roleKey: "incident_lead",
          items: [
            once(
              "plan_b",
              "Starta enhetens plan B och fördela uppgifterna.",
              "Start the unit's Plan B and hand out the tasks.",
            ),
            once(
              "decide",
              "Bestäm om verksamheten kan fortsätta, ska begränsas eller flyttas till andra lokaler.",
              "Decide whether the operation can go on, must be scaled back or must move to other premises.",
            ),
            once(
              "inform",
              "Informera personalen, och vid behov vårdnadshavare och anhöriga, om läget och när nästa besked kommer.",
              "Tell staff, and guardians or families if needed, how things stand and when the next update will come.",
            ),
            once(
              "escalate",
              "Höj allvarlighetsgraden i appen om bortfallet väntas pågå länge eller hotar liv och hälsa.",
              "Raise the severity in the app if the outage is likely to last or puts life and health at risk.",
            ),
            once(
              "restore",
              "När det fungerar igen: kontrollera lås, larm, kyl och frys, och avsluta larmet.",
              "Once it works again, check locks, alarms, fridges and freezers, and end the alarm.",
            ),
          ],
        },
        {
          roleKey: "safety_coordinator",
          items: [
            once(
              "scope",
              "Ta reda på vad som är borta – el, vatten eller värme – hur stort område och hur länge det väntas pågå.",
              "Find out what is out – power, water or heating – how wide an area, and how long it is expected to last.",
            ),
            once(
              "report_fault",
              "Felanmäl till fastighetsjouren eller nätbolaget och skriv ärendenumret i loggen.",
              "Report the fault to the property on-call service or the network company and log the ticket number.",
            ),
            once(
              "locks_alarms",
              "Kontrollera lås, passersystem och brandlarm: fungerar de, och går det att ta sig ut?",
              "Check locks, access control and fire alarms: do they work, and can people get out?",
            ),
            once(
              "backup_power",
              "Starta reservkraft om det finns och kontrollera att den fungerar.",
              "Start the backup power if there is any, and check that it works.",
            ),
            once(
              "status",
              "Uppdatera läget i appen varje timme och när något ändras.",
              "Update the status in the app every hour and whenever something changes.",
            ),
          ],
        },
        {
          roleKey: "staff",
          items: [
            each("plan_b", "Gör din del av plan B.", "Do your part of Plan B."),
            each(
              "vulnerable",
              "Se till dem i din grupp som behöver extra stöd: värme, ljus, medicin eller hjälp att förflytta sig.",
              "See to anyone in your group who needs extra support: warmth, light, medicine or help to move.",
            ),
            each("torches", "Använd ficklampor, inte levande ljus.", "Use torches, not candles."),
            once(
              "cold",
              "Vid kyla: samla alla i färre rum, stäng dörrarna och ta på mer kläder.",
              "If it gets cold, gather everyone in fewer rooms, shut the doors and put on more clothes.",
            ),
            once(
              "fridges",
              "Håll kyl och frys stängda så länge som möjligt.",
              "Keep fridges and freezers shut for as long as possible.",
            ),
            each(
              "report",
              "Skriv i appen om något inte fungerar eller om någon behöver hjälp.",
              "Post in the app if something is not working or someone needs help.",
            ),
          ],
        },
        {
          roleKey: "crisis_team",
          items: [
            once(
              "convene",
              "Samla krisledningsgruppen och ta reda på om fler enheter berörs.",
              "Convene the crisis team and find out whether other units are affected.",
            ),
            once(
              "priorities",
              "Prioritera reservkraft, vatten och transporter till de mest sårbara verksamheterna.",
              "Give priority to the most vulnerable services for backup power, water and transport.",
            ),
            once(
              "long_outage",
              "Planera för ett långt avbrott: nödvatten, värme och vid behov flytt av boende.",
              "Plan for a long outage: emergency water, heating and, if needed, moving residents.",
            ),
          ],
        },
        {
          roleKey: "spokesperson",
          items: [
            once(
              "approved_only",
              "Gå bara ut med information som krisledningsgruppen har godkänt.",
              "Publish only information the crisis team has approved.",
            ),
            once(
              "inform",
              "Informera anhöriga och vårdnadshavare om vad som gäller och när nästa besked kommer.",
              "Tell families and guardians what applies and when the next update will come.",
            ),
            once(
              "refer",
              "Hänvisa allmänna frågor om störningen till 113 13 och nätbolaget.",
              "Refer general questions about the disruption to 113 13 and the network company.",
            ),
          ],
        },
      ],
      requiresAcknowledgement: true,
      silent: false,
      rollCall: false,
      escalation: [
        { type: "deputies_if_unacknowledged", roleKey: "safety_coordinator", afterSeconds: 300 },
        { type: "deputies_if_unacknowledged", roleKey: "incident_lead", afterSeconds: 300 },
        { type: "roles_on_severity", severity: "high", roleKeys: ["crisis_team"] },
        { type: "roles_on_severity", severity: "critical", roleKeys: ["spokesperson"] },
      ],
    },
  },
];
