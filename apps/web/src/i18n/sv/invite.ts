/** Inbjudan: administratören skapar en inloggningslänk, personen väljer sitt lösenord. */
export const invite = {
  create: "Bjud in",
  createLabel: "Bjud in {{name}}: skapa en inloggningslänk",
  creating: "Skapar länk …",
  again: "Ny länk",
  linkLabel: "Inloggningslänk till {{name}}",
  linkHelp:
    "Skicka länken till {{name}} själv, till exempel i ett mejl. Den visas bara nu, fungerar en gång och slutar gälla {{expires}}. En ny länk ersätter den här.",
  copy: "Kopiera länk",
  copied: "Länken är kopierad.",
  copyFailed: "Kunde inte kopiera. Markera länken och kopiera den för hand.",
  title: "Välj ditt lösenord",
  greeting: "Hej {{name}}!",
  intro:
    "Du är inbjuden till Beredd hos {{organization}}. Välj ett lösenord, så loggas du in. Sedan loggar du in med {{email}} och lösenordet.",
  password: "Nytt lösenord",
  passwordHint: "Minst 12 tecken. Om du redan var inloggad någon annanstans loggas du ut där.",
  submit: "Spara lösenord och logga in",
  submitting: "Loggar in …",
  gone: "Länken har gått ut. Be din administratör om en ny.",
  unknown:
    "Länken fungerar inte. Kontrollera att du fick med hela länken, eller be din administratör om en ny.",
  toLogin: "Till inloggningen",
};
