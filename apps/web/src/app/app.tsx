import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { RouterProvider } from "react-router";
import { OfflineBanner } from "../components/offline-banner";
import { UpdatePrompt } from "../components/update-prompt";
import { SessionProvider } from "../features/session/session-provider";
import { queryClient } from "../lib/query";
import { router } from "./router";

export function App() {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </QueryClientProvider>
      <OfflineBanner />
      <UpdatePrompt />
    </StrictMode>
  );
}
