import { z } from "zod";

// Characters that let a text look like something it is not, in a name on an alarm or a line in
// the log: control characters (a multi-line text keeps tab and line breaks), bidirectional
// embeddings, overrides and isolates (which reorder what follows), zero-width and other invisible
// characters (which make two equal-looking names differ, or a blank one look filled), and lone
// surrogates (half a character, which databases and phones each show differently). Joiners
// (U+200C, U+200D) stay: Persian names and emoji need them.
const CONTROL_ONE_LINE = /[\p{Cc}\u2028\u2029]/u;
const CONTROL_LINES = /(?![\t\n\r])\p{Cc}|[\u2028\u2029]/u;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;
const INVISIBLE = /[\u200B\u2060-\u2064\uFEFF\u180E\u115F\u1160\u3164\uFFA0\u2800]/u;
const SURROGATE = /\p{Cs}/u;
/** Whitespace and format characters: what a text is blank-looking with only these. */
const UNSEEN = /[\s\p{Cf}]/gu;

interface TextRule {
  max: number;
  /** 0 for a text that may be left empty (a description, a note). */
  min?: number;
  /** Several lines allowed (notes, instructions, descriptions). */
  lines?: boolean;
}

/**
 * Text a person types and others read: normalised to NFC (so "å" typed two ways is one name) and
 * trimmed, then refused, with the reason in words, if it holds characters that could spoof it or
 * shows nothing at all.
 */
export function typedText({ max, min = 1, lines = false }: TextRule) {
  return z
    .string()
    .normalize("NFC")
    .trim()
    .min(min)
    .max(max)
    .superRefine((text, ctx) => {
      const fault = textFault(text, lines);
      if (fault)
        ctx.addIssue({
          code: "custom",
          message: faults[fault],
          input: text,
          params: { code: fault },
        });
    });
}

/** Why a text is refused, as a field error's code; the web app words each in its language. */
export type TextFault =
  "broken_character" | "control_character" | "bidi_override" | "invisible_character" | "blank";

const faults: Record<TextFault, string> = {
  broken_character: "Contains a broken character (half of a character pair)",
  control_character: "Contains a control character or a line break where none may be",
  bidi_override: "Contains a character that changes the direction of the text",
  invisible_character: "Contains an invisible character",
  blank: "Must contain visible characters",
};

function textFault(text: string, lines: boolean): TextFault | undefined {
  if (SURROGATE.test(text)) return "broken_character";
  if ((lines ? CONTROL_LINES : CONTROL_ONE_LINE).test(text)) return "control_character";
  if (BIDI.test(text)) return "bidi_override";
  if (INVISIBLE.test(text)) return "invisible_character";
  if (text.length > 0 && text.replace(UNSEEN, "").length === 0) return "blank";
  return undefined;
}
