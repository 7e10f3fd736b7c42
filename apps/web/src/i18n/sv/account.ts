/** Mitt konto: lösenordet och inloggningarna på andra enheter. */
export const account = {
  nav: "Mitt konto",
  title: "Mitt konto",
  signedInAs: "Du är inloggad som {{name}} ({{email}}).",
  passwordTitle: "Byt lösenord",
  currentPassword: "Nuvarande lösenord",
  newPassword: "Nytt lösenord",
  newPasswordHint:
    "Minst 12 tecken. Dina andra inloggningar, till exempel på telefonen, loggas ut när du byter.",
  changePassword: "Byt lösenord",
  passwordChanged: "Lösenordet är bytt. Du är utloggad på alla andra enheter.",
  othersTitle: "Andra enheter",
  othersHelp:
    "Har du tappat telefonen eller loggat in på en dator som andra använder? Logga ut överallt utom här.",
  endOthers: "Logga ut på alla andra enheter",
  endingOthers: "Loggar ut …",
  othersEnded_zero: "Du var inte inloggad på någon annan enhet.",
  othersEnded_one: "Utloggad på 1 annan enhet.",
  othersEnded_other: "Utloggad på {{count}} andra enheter.",
};
