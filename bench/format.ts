/** How the benchmark's tables write numbers. */
export const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : "—");
export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const us = (v: number) => `${v.toFixed(1)} µs`;
export const times = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : "—");
export const verdict = (ok: boolean) => (ok ? "pass" : "**FAIL**");
export const int = (v: number) => v.toLocaleString("en-US");
