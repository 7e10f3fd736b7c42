import type { account as sv } from "../sv/account";

export const account: typeof sv = {
  nav: "My account",
  title: "My account",
  signedInAs: "You are signed in as {{name}} ({{email}}).",
  passwordTitle: "Change your password",
  currentPassword: "Current password",
  newPassword: "New password",
  newPasswordHint:
    "At least 12 characters. Changing it signs you out everywhere else, your phone included.",
  changePassword: "Change password",
  passwordChanged: "Your password is changed, and you are signed out on every other device.",
  othersTitle: "Other devices",
  othersHelp:
    "Lost your phone, or signed in on a computer others use? Sign out everywhere but here.",
  endOthers: "Sign out on every other device",
  endingOthers: "Signing out …",
  othersEnded_zero: "You were not signed in on any other device.",
  othersEnded_one: "Signed out on 1 other device.",
  othersEnded_other: "Signed out on {{count}} other devices.",
};
