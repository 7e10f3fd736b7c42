import "./lib/zod-config";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { listenForInstallPrompt } from "./features/devices/install-prompt";
import { initI18n } from "./i18n";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/forms.css";
import "./styles/pages.css";

// Chromium offers its install question once, early: kept for "Min beredskap" to show on a tap.
listenForInstallPrompt();

const container = document.getElementById("root");
if (!container) throw new Error("index.html lacks #root");

// The catalogues are bundled, so this resolves at once; rendering after it avoids a flash of keys.
initI18n().then(
  () => createRoot(container).render(<App />),
  (error: unknown) => console.error("Could not start the interface language", error),
);
