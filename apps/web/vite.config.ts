import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";

const apiTarget = process.env.BEREDD_API ?? "http://127.0.0.1:3000";

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      // The strict CSP forbids inline scripts: registration lives in our own module instead.
      injectRegister: false,
      registerType: "prompt",
      strategies: "injectManifest",
      manifest: {
        id: "/",
        name: "Beredd",
        short_name: "Beredd",
        description: "Krisberedskap och larm för skolor, kommuner och deras enheter.",
        lang: "sv",
        dir: "ltr",
        start_url: "/",
        scope: "/",
        display: "standalone",
        orientation: "any",
        theme_color: "#1d4a5c",
        background_color: "#f5f7f6",
        categories: ["productivity", "utilities"],
        icons: [
          { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
          { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
          { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
          {
            src: "/icon-maskable-512.png",
            sizes: "512x512",
            type: "image/png",
            purpose: "maskable",
          },
        ],
      },
      // Our own worker (src/sw.ts, its rules stated there) so it can take Background Sync.
      srcDir: "src",
      filename: "sw.ts",
      injectManifest: {
        globPatterns: ["**/*.{js,css,html,svg,png,webmanifest}"],
      },
      devOptions: { enabled: false },
    }),
  ],
  resolve: { conditions: ["@beredd/source", ...defaultClientConditions] },
  build: {
    target: "es2022",
    sourcemap: true,
    // .vite/manifest.json: which chunks each screen loads (npm run bench:web reads it).
    manifest: true,
    rolldownOptions: {
      output: {
        // Libraries change seldom: their own chunks stay cached across app releases.
        codeSplitting: {
          groups: [
            {
              name: "react",
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
            },
            { name: "zod", test: /node_modules[\\/]zod[\\/]/ },
            { name: "i18n", test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      "/api": { target: apiTarget, changeOrigin: false },
      "/healthz": { target: apiTarget },
      "/readyz": { target: apiTarget },
    },
  },
  preview: {
    proxy: {
      "/api": { target: apiTarget },
      "/healthz": { target: apiTarget },
      "/readyz": { target: apiTarget },
    },
  },
});
