import { z } from "zod";

// The server's CSP forbids eval. Zod probes for it (new Function) on first use to decide whether
// to compile faster parsers, which the browser reports as a CSP violation; jitless skips that.
// Imported first in main.tsx, before any schema parses.
z.config({ jitless: true });
