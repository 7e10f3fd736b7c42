/** "Min beredskap" (features/devices): can this device receive an alarm? */
export const myReadiness = {
  nav: "Min beredskap",
  title: "Min beredskap",
  intro:
    "Här kontrollerar du att ett larm når dig på den här enheten, även när Beredd är stängt. Gå igenom stegen uppifrån.",
  accountLink: "Kontrollera att larm når dig på den här enheten",
  ready: "Den här enheten är redo att ta emot larm.",
  notReady_one: "Den här enheten är inte redo än: ett steg återstår.",
  notReady_other: "Den här enheten är inte redo än: {{count}} steg återstår.",
  step: "Steg {{number}}:",
  status: {
    ok: "Klart",
    todo: "Att göra",
    blocked: "Avstängt i inställningarna",
    waiting: "Väntar på steget ovan",
    optional: "Rekommenderas",
    unsupported: "Går inte i den här webbläsaren",
  },
  install: {
    title: "Beredd på hemskärmen",
    ok: "Beredd är öppnat från hemskärmen.",
    appleWhy:
      "På iPhone och iPad kommer larm bara fram om Beredd ligger på hemskärmen. Gör så här i Safari:",
    appleShare: "Tryck på Dela (fyrkanten med en pil uppåt).",
    appleAdd: "Välj Lägg till på hemskärmen och tryck på Lägg till.",
    appleOpen: "Öppna Beredd från hemskärmen och kom tillbaka hit.",
    why: "Installerat får Beredd egna aviseringar, och telefonen stänger inte av dem när appen används sällan.",
    button: "Installera Beredd",
    howto: "Välj Installera app eller Lägg till på startskärmen i webbläsarens meny.",
  },
  permission: {
    title: "Aviseringar tillåtna",
    ok: "Beredd får visa aviseringar på den här enheten.",
    why: "Beredd behöver din tillåtelse för att visa larm när appen är stängd. Telefonen frågar dig när du trycker på knappen.",
    allow: "Tillåt aviseringar",
    asking: "Väntar på ditt svar …",
    notAnswered: "Du svarade inte på frågan. Tryck igen och välj Tillåt.",
    blocked:
      "Aviseringar är avstängda för Beredd, och bara enhetens inställningar kan slå på dem igen:",
    blockedApple: "Öppna Inställningar → Notiser → Beredd och slå på Tillåt notiser.",
    blockedAndroid:
      "Håll fingret på Beredd-ikonen → Appinfo → Aviseringar → Tillåt. I webbläsaren: tryck på symbolen vid adressen → Behörigheter → Aviseringar.",
    blockedDesktop:
      "Klicka på symbolen till vänster om adressen → Aviseringar → Tillåt, och ladda sedan om sidan.",
    waiting:
      "Lägg först Beredd på hemskärmen (steget ovan). Först då kan iPhone tillåta aviseringar.",
    unsupported:
      "Den här webbläsaren kan inte visa larm som aviseringar. Använd Safari på iPhone och iPad, Chrome på Android eller en aktuell webbläsare på datorn.",
  },
  subscription: {
    title: "Enheten tar emot larm",
    ok: "Servern skickar dina larm till den här enheten ({{label}}).",
    todo: "Den här enheten är inte anmäld för larm än.",
    enable: "Anmäl den här enheten",
    enabling: "Anmäler …",
    failed: "Enheten kunde inte anmälas. {{reason}}",
    waiting: "Tillåt aviseringar först (steget ovan).",
    unsupported: "Utan aviseringar kan enheten inte anmälas för larm.",
  },
  devices: {
    title: "Mina enheter",
    empty: "Inga enheter tar emot dina larm.",
    thisDevice: "Den här enheten",
    installed: "Hemskärm",
    lastSeen: "Senast använd {{time}}",
    remove: "Ta bort",
    removeLabel: "Ta bort {{label}}",
    removed: "{{label}} får inte längre dina larm.",
  },
  delivery: {
    queued: "väntar på att skickas",
    sent: "skickat {{time}}",
    delivered: "mottaget {{time}}",
    failed: "kom inte fram ({{time}})",
    cancelled: "stoppat",
  },
  test: {
    title: "Testlarm till mig",
    intro: "Testlarmet går bara till dina egna enheter. Ingen annan larmas.",
    due: "Gör ett test nu, och sedan minst var tredje månad.",
    ok: "Senaste testlarmet kom fram till den här enheten {{time}}.",
    send: "Skicka testlarm till mig",
    sending: "Skickar …",
    requested: "Beställt {{time}}",
    queued: "Beställt {{time}}, väntar på att skickas …",
    sent: "Skickat {{time}}",
    waitingReceipt: "Väntar på kvitto från den här enheten …",
    received: "Mottaget på den här enheten {{time}}",
    failed: "Testlarmet kom inte fram: push-tjänsten svarade ”{{error}}”. Kontrollera:",
    notArrived:
      "Testlarmet kom inte fram till den här enheten inom {{seconds}} sekunder. Kontrollera:",
    checkOnline: "att enheten har nätverk och inte är i flygplansläge,",
    checkFocus: "att Fokus eller Stör ej inte tystar Beredd,",
    checkBattery: "att batterisparläget inte stoppar Beredd,",
    checkAgain: "och försök igen. Hjälper inget: ta bort enheten ovan och anmäl den på nytt.",
    notThisDevice:
      "Testlarmet gick till dina enheter, men inte till den här. Anmäl den här enheten (steget ovan).",
    otherDevices: "Dina andra enheter",
    waiting: "Anmäl den här enheten först (steget ovan).",
    unsupported: "Den här webbläsaren kan inte ta emot testlarm.",
  },
  limits: {
    title: "Det här kan en telefon inte lova",
    apple:
      "iPhone och iPad: ett larm kan inte ringa igenom ljudlöst läge eller Fokus, och aviseringen har inga knappar. Tryck på aviseringen för att öppna larmet och svara.",
    android:
      "Android: telefonens aviseringsinställningar bestämmer ljudet. Vill du höra larm även i Stör ej, tillåt Beredd att åsidosätta Stör ej under Inställningar → Appar → Beredd → Aviseringar.",
    desktop:
      "Datorn: larm kommer bara fram medan webbläsaren är igång. Lita inte på datorn som enda enhet.",
    silent:
      "Tysta larm är tysta i Beredd, men ingen telefon kan garantera det: en iPhone kan inte tystas av appen, och en Android-telefon följer sina egna inställningar.",
  },
};
