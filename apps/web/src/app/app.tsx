import { StrictMode } from "react";
import { RouterProvider } from "react-router";
import { OfflineBanner } from "../components/offline-banner";
import { UpdatePrompt } from "../components/update-prompt";
import { SessionProvider } from "../features/session/session-provider";
import { router } from "./router";

export function App() {
  return (
    <StrictMode>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
      <OfflineBanner />
      <UpdatePrompt />
    </StrictMode>
  );
}
