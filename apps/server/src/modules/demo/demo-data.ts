import type { AccessRole, LocalizedText, UnitKind } from "@beredd/contracts";

/**
 * The demo organisation: a municipality with one school, a dozen people with incident roles and
 * the scenario templates from the product brief. Mobile numbers are in the range the Swedish
 * regulator (PTS) reserves for fiction, 070-174 06 05 to 070-174 06 99, so no real phone rings.
 */
export const DEMO_PASSWORD = "beredd-demo-2026";
export const DEMO_ADMIN_EMAIL = "anna.lindqvist@exempelkommun.se";

export const demoUnits: { key: string; parent: string | null; name: string; kind: UnitKind }[] = [
  { key: "kommun", parent: null, name: "Exempelkommun", kind: "organization" },
  {
    key: "buf",
    parent: "kommun",
    name: "Barn- och utbildningsförvaltningen",
    kind: "administration",
  },
  { key: "klf", parent: "kommun", name: "Kommunledningsförvaltningen", kind: "administration" },
  { key: "skola", parent: "buf", name: "Exempelskolan", kind: "school" },
  { key: "husA", parent: "skola", name: "Hus A", kind: "building" },
  { key: "husB", parent: "skola", name: "Hus B", kind: "building" },
  { key: "a101", parent: "husA", name: "A101 Klassrum 5B", kind: "room" },
  { key: "a102", parent: "husA", name: "A102 Klassrum 6A", kind: "room" },
  { key: "matsal", parent: "husB", name: "Matsalen", kind: "room" },
  { key: "idrott", parent: "husB", name: "Idrottshallen", kind: "room" },
  { key: "forskola", parent: "buf", name: "Förskolan Solrosen", kind: "preschool" },
];

const t = (sv: string, en: string): LocalizedText => ({ sv, en });

export const demoRoles: { key: string; name: LocalizedText; description: LocalizedText }[] = [
  {
    key: "incident_lead",
    name: t("Krisledare", "Incident lead"),
    description: t(
      "Leder arbetet på plats och fattar beslut.",
      "Leads the response on site and makes decisions.",
    ),
  },
  {
    key: "safety_coordinator",
    name: t("Säkerhetssamordnare", "Safety coordinator"),
    description: t(
      "Stöttar krisledaren och håller ihop säkerhetsarbetet.",
      "Supports the incident lead and coordinates safety work.",
    ),
  },
  {
    key: "log_keeper",
    name: t("Loggförare", "Log keeper"),
    description: t(
      "För logg över händelser, beslut och tider.",
      "Keeps the log of events, decisions and times.",
    ),
  },
  {
    key: "spokesperson",
    name: t("Talesperson", "Spokesperson"),
    description: t(
      "Svarar för information till vårdnadshavare och media.",
      "Handles information to guardians and the media.",
    ),
  },
  {
    key: "first_aider",
    name: t("Första hjälpare", "First aider"),
    description: t(
      "Ger första hjälpen och möter ambulansen.",
      "Gives first aid and meets the ambulance.",
    ),
  },
  {
    key: "evacuation_marshal",
    name: t("Utrymningsledare", "Evacuation marshal"),
    description: t(
      "Leder utrymning och räknar in vid återsamlingsplatsen.",
      "Leads evacuation and takes the roll-call at the assembly point.",
    ),
  },
  {
    key: "it_on_call",
    name: t("IT-jour", "IT on call"),
    description: t("Teknisk funktion vid driftstörningar.", "Technical function during outages."),
  },
  {
    key: "crisis_team",
    name: t("Krisledningsgrupp", "Crisis management team"),
    description: t(
      "Kommunens ledning vid allvarliga händelser.",
      "The municipality's management in serious incidents.",
    ),
  },
  {
    key: "staff",
    name: t("Operativ personal", "Operational staff"),
    description: t("Personal som utför åtgärder på plats.", "Staff who carry out actions on site."),
  },
];

export const demoPeople: {
  name: string;
  email: string;
  mobile: string;
  unit: string;
  accessRole: AccessRole;
  canSignIn: boolean;
  /** Incident roles the person staffs: [role, unit, "deputy"?]; order in this list is activation order. */
  roles: [role: string, unit: string, deputy?: "deputy"][];
}[] = [
  {
    name: "Anna Lindqvist",
    email: DEMO_ADMIN_EMAIL,
    mobile: "+46701740605",
    unit: "skola",
    accessRole: "admin",
    canSignIn: true,
    roles: [["incident_lead", "skola"]],
  },
  {
    name: "Erik Johansson",
    email: "erik.johansson@exempelkommun.se",
    mobile: "+46701740606",
    unit: "skola",
    accessRole: "coordinator",
    canSignIn: true,
    roles: [
      ["safety_coordinator", "skola"],
      ["incident_lead", "skola", "deputy"],
    ],
  },
  {
    name: "Maria Karlsson",
    email: "maria.karlsson@exempelkommun.se",
    mobile: "+46701740607",
    unit: "skola",
    accessRole: "member",
    canSignIn: false,
    roles: [["log_keeper", "skola"]],
  },
  {
    name: "Johan Nilsson",
    email: "johan.nilsson@exempelkommun.se",
    mobile: "+46701740608",
    unit: "husA",
    accessRole: "member",
    canSignIn: false,
    roles: [["first_aider", "skola"]],
  },
  {
    name: "Sara Andersson",
    email: "sara.andersson@exempelkommun.se",
    mobile: "+46701740609",
    unit: "husB",
    accessRole: "member",
    canSignIn: false,
    roles: [["first_aider", "skola", "deputy"]],
  },
  {
    name: "Lars Persson",
    email: "lars.persson@exempelkommun.se",
    mobile: "+46701740610",
    unit: "husA",
    accessRole: "member",
    canSignIn: false,
    roles: [["evacuation_marshal", "husA"]],
  },
  {
    name: "Fatima Hassan",
    email: "fatima.hassan@exempelkommun.se",
    mobile: "+46701740611",
    unit: "husB",
    accessRole: "member",
    canSignIn: false,
    roles: [["evacuation_marshal", "husB"]],
  },
  {
    name: "Mikael Berg",
    email: "mikael.berg@exempelkommun.se",
    mobile: "+46701740612",
    unit: "klf",
    accessRole: "member",
    canSignIn: false,
    roles: [["it_on_call", "kommun"]],
  },
  {
    name: "Karin Ek",
    email: "karin.ek@exempelkommun.se",
    mobile: "+46701740613",
    unit: "klf",
    accessRole: "coordinator",
    canSignIn: false,
    roles: [["crisis_team", "kommun"]],
  },
  {
    name: "Ahmed Ali",
    email: "ahmed.ali@exempelkommun.se",
    mobile: "+46701740614",
    unit: "klf",
    accessRole: "member",
    canSignIn: false,
    roles: [
      ["spokesperson", "kommun"],
      ["crisis_team", "kommun"],
    ],
  },
  {
    name: "Eva Holm",
    email: "eva.holm@exempelkommun.se",
    mobile: "+46701740615",
    unit: "a101",
    accessRole: "member",
    canSignIn: true,
    roles: [["staff", "skola"]],
  },
  {
    name: "Oskar Lund",
    email: "oskar.lund@exempelkommun.se",
    mobile: "+46701740616",
    unit: "skola",
    accessRole: "member",
    canSignIn: false,
    roles: [["staff", "skola"]],
  },
  {
    name: "Lena Sjöberg",
    email: "lena.sjoberg@exempelkommun.se",
    mobile: "+46701740617",
    unit: "forskola",
    accessRole: "viewer",
    canSignIn: true,
    roles: [],
  },
];
