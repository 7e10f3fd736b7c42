import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Tests import the contracts from source, so no build is needed before `npm test`.
const contracts = fileURLToPath(new URL("./packages/contracts/src/index.ts", import.meta.url));

export default defineConfig({
  resolve: { alias: { "@beredd/contracts": contracts } },
  test: {
    projects: [
      "apps/web/vitest.config.ts",
      {
        extends: true,
        test: { name: "contracts", include: ["packages/contracts/test/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "server",
          include: ["apps/server/src/**/*.test.ts", "apps/server/test/**/*.test.ts"],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          globalSetup: ["e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
