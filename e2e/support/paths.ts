import { fileURLToPath } from "node:url";

/** The repository root, which the server and the build run from. */
export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
export const webRoot = fileURLToPath(new URL("../../apps/web", import.meta.url));
export const screenshotDir = fileURLToPath(new URL("../../docs/screenshots", import.meta.url));
