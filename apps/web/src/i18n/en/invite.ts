import type { invite as sv } from "../sv/invite";

export const invite: typeof sv = {
  create: "Invite",
  createLabel: "Invite {{name}}: create a sign-in link",
  creating: "Creating link …",
  again: "New link",
  linkLabel: "Sign-in link for {{name}}",
  linkHelp:
    "Send the link to {{name}} only, for example by e-mail. It is shown only now, works once and expires {{expires}}. A new link replaces this one.",
  copy: "Copy link",
  copied: "The link is copied.",
  copyFailed: "Could not copy. Select the link and copy it by hand.",
  title: "Choose your password",
  greeting: "Hello {{name}}!",
  intro:
    "You are invited to Beredd at {{organization}}. Choose a password and you are signed in. From then on you sign in with {{email}} and that password.",
  password: "New password",
  passwordHint:
    "At least 12 characters. If you were signed in anywhere else, you are signed out there.",
  submit: "Save password and sign in",
  submitting: "Signing in …",
  gone: "The link has expired. Ask your administrator for a new one.",
  unknown:
    "The link does not work. Check that you have the whole link, or ask your administrator for a new one.",
  toLogin: "Go to sign-in",
};
