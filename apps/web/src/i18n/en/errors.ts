import type { errors as sv } from "../sv/errors";

export const errors: typeof sv = {
  title: "Something went wrong",
  network: "Could not reach the server. Check your connection and try again.",
  timeout: "The server did not answer in time. Try again.",
  invalidResponse: "The server answered unexpectedly. Try again or contact support.",
  formHasErrors_one: "The form has {{count}} error. Correct it and try again.",
  formHasErrors_other: "The form has {{count}} errors. Correct them and try again.",
  problem: {
    validation_failed: "The details could not be saved. Check the marked fields.",
    unauthenticated: "You are not signed in. Sign in again.",
    invalid_credentials: "Wrong e-mail address or password.",
    csrf_failed: "The security check failed. Reload the page and try again.",
    forbidden: "You do not have permission to do this.",
    not_found: "What you are looking for does not exist, or has been removed.",
    conflict: "The change conflicts with existing data.",
    gone: "This is no longer available.",
    rate_limited: "Too many attempts in a short time. Wait a moment and try again.",
    payload_too_large: "The data is too large to send.",
    unsupported_media_type: "The server could not read the request. Reload the page and try again.",
    upgrade_required: "The connection could not be opened. Reload the page and try again.",
    internal: "An error occurred on the server. Try again in a moment.",
  },
  field: {
    required: "Fill in this field.",
    choose: "Make a choice.",
    tooLong: "At most {{max}} characters.",
    tooShort: "At least {{min}} characters.",
    email: "Enter a valid e-mail address, for example name@municipality.se.",
    mobile: "Enter a mobile number with country code, for example +46701234567.",
    atLeast: "Must be at least {{min}}.",
    atMost: "Must be at most {{max}}.",
    notFound: "What was chosen no longer exists. Choose again.",
    invalid: "The value is not valid.",
  },
  text: {
    broken_character: "The text holds a broken character. Please type it again.",
    control_character: "The text holds a control character or a line break that cannot be here.",
    bidi_override:
      "The text holds a character that reverses its direction. Remove it, so that everyone sees the same text.",
    invisible_character:
      "The text holds an invisible character. Remove it, so that the name cannot be mistaken for another.",
    blank: "Nothing in the text is visible: use visible characters.",
  },
};
