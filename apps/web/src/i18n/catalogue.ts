import type { sv } from "./sv";

/** The shape of a catalogue: every language has exactly the keys of the Swedish one. */
export type Catalogue = typeof sv;
