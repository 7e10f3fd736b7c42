import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { webRoot } from "./support/paths.js";

/**
 * Builds the web app once for all end-to-end tests: the server serves apps/web/dist, so the
 * tests exercise the same bundle, service worker and CSP an installation gets.
 * Set BEREDD_E2E_SKIP_BUILD=1 to reuse an existing build while iterating.
 */
export default function setup(): void {
  if (process.env.BEREDD_E2E_SKIP_BUILD === "1") return;
  // vite does not export its bin; find it next to its package.json.
  const vitePackage = createRequire(join(webRoot, "package.json")).resolve("vite/package.json");
  const vite = join(dirname(vitePackage), "bin", "vite.js");
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  execFileSync(process.execPath, [vite, "build", "--logLevel", "warn"], {
    cwd: webRoot,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
}
