/** What went wrong, in words: problems from the server, field faults, a lost connection. */
export const errors = {
  title: "Något gick fel",
  network: "Kunde inte nå servern. Kontrollera anslutningen och försök igen.",
  timeout: "Servern svarade inte i tid. Försök igen.",
  invalidResponse: "Servern svarade på ett oväntat sätt. Försök igen eller kontakta support.",
  formHasErrors_one: "Formuläret har {{count}} fel. Rätta det och försök igen.",
  formHasErrors_other: "Formuläret har {{count}} fel. Rätta dem och försök igen.",
  problem: {
    validation_failed: "Uppgifterna kunde inte sparas. Kontrollera de markerade fälten.",
    unauthenticated: "Du är inte inloggad. Logga in igen.",
    invalid_credentials: "Fel e-postadress eller lösenord.",
    csrf_failed: "Säkerhetskontrollen misslyckades. Ladda om sidan och försök igen.",
    forbidden: "Du har inte behörighet att göra det här.",
    not_found: "Det du söker finns inte, eller har tagits bort.",
    conflict: "Ändringen krockar med befintliga uppgifter.",
    gone: "Det här finns inte längre.",
    rate_limited: "För många försök på kort tid. Vänta en stund och försök igen.",
    payload_too_large: "Uppgifterna är för stora för att skickas.",
    unsupported_media_type: "Servern kunde inte läsa förfrågan. Ladda om sidan och försök igen.",
    upgrade_required: "Anslutningen kunde inte öppnas. Ladda om sidan och försök igen.",
    internal: "Ett fel uppstod på servern. Försök igen om en stund.",
  },
  field: {
    required: "Fyll i fältet.",
    choose: "Gör ett val.",
    tooLong: "Får vara högst {{max}} tecken.",
    tooShort: "Måste vara minst {{min}} tecken.",
    email: "Ange en giltig e-postadress, till exempel namn@kommun.se.",
    mobile: "Ange ett mobilnummer med landsnummer, till exempel +46701234567.",
    atLeast: "Måste vara minst {{min}}.",
    atMost: "Får vara högst {{max}}.",
    notFound: "Det valda finns inte längre. Gör ett annat val.",
    invalid: "Värdet är inte giltigt.",
  },
  text: {
    broken_character: "Texten innehåller ett trasigt tecken. Skriv in den på nytt.",
    control_character:
      "Texten innehåller ett styrtecken eller en radbrytning som inte får finnas här.",
    bidi_override:
      "Texten innehåller ett tecken som vänder på skrivriktningen. Ta bort det, så att alla ser samma text.",
    invisible_character:
      "Texten innehåller ett osynligt tecken. Ta bort det, så att namnet inte kan förväxlas.",
    blank: "Texten syns inte: skriv med synliga tecken.",
  },
};
