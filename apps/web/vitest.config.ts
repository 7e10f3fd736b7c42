import { defaultClientConditions } from "vite";
import { defineConfig } from "vitest/config";

// Unit tests of the web app's pure logic (API client, forms, tree, catalogues). Run from the
// repository root with: npx vitest run --config apps/web/vitest.config.ts
export default defineConfig({
  root: import.meta.dirname,
  resolve: { conditions: ["@beredd/source", ...defaultClientConditions] },
  test: { name: "web", include: ["src/**/*.test.ts"], environment: "node" },
});
