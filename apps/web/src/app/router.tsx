import type { ComponentType } from "react";
import { createBrowserRouter } from "react-router";
import { ApiTokensPage } from "../features/api-tokens/api-tokens-page";
import { PersonCreatePage, PersonEditPage } from "../features/people/person-form-pages";
import { PeoplePage } from "../features/people/people-page";
import type * as RaiseRoutes from "../features/raise/raise-routes";
import { StartPage } from "../features/raise/start-page";
import { LoginPage } from "../features/session/login-page";
import { UnitDetailPage } from "../features/units/unit-detail-page";
import { UnitCreatePage, UnitEditPage } from "../features/units/unit-form-pages";
import { UnitsPage } from "../features/units/units-page";
import { AppLayout } from "./app-layout";
import { NotFoundPage } from "./not-found-page";
import { RequireSession } from "./require-session";
import { RouteError } from "./route-error";

/** The raise screens load on demand: the admin screens' users need not fetch them, nor they those. */
const raiseRoute = (pick: (m: typeof RaiseRoutes) => ComponentType) =>
  import("../features/raise/raise-routes").then((m) => ({ Component: pick(m) }));

export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    children: [
      { path: "/login", element: <LoginPage /> },
      {
        element: <RequireSession />,
        children: [
          {
            element: <AppLayout />,
            children: [
              { index: true, element: <StartPage /> },
              { path: "raise", lazy: () => raiseRoute((m) => m.RaisePage) },
              { path: "raise/drill", lazy: () => raiseRoute((m) => m.DrillPage) },
              { path: "raise/sent/:key", lazy: () => raiseRoute((m) => m.RaiseSentPage) },
              { path: "units", element: <UnitsPage /> },
              { path: "units/new", element: <UnitCreatePage /> },
              { path: "units/:id", element: <UnitDetailPage /> },
              { path: "units/:id/edit", element: <UnitEditPage /> },
              { path: "people", element: <PeoplePage /> },
              { path: "people/new", element: <PersonCreatePage /> },
              { path: "people/:id/edit", element: <PersonEditPage /> },
              { path: "api-tokens", element: <ApiTokensPage /> },
              { path: "*", element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
