import { createBrowserRouter } from "react-router";
import { ApiTokensPage } from "../features/api-tokens/api-tokens-page";
import { OverviewPage } from "../features/overview/overview-page";
import { PersonCreatePage, PersonEditPage } from "../features/people/person-form-pages";
import { PeoplePage } from "../features/people/people-page";
import { LoginPage } from "../features/session/login-page";
import { UnitDetailPage } from "../features/units/unit-detail-page";
import { UnitCreatePage, UnitEditPage } from "../features/units/unit-form-pages";
import { UnitsPage } from "../features/units/units-page";
import { AppLayout } from "./app-layout";
import { NotFoundPage } from "./not-found-page";
import { RequireSession } from "./require-session";
import { RouteError } from "./route-error";

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
              { index: true, element: <OverviewPage /> },
              { path: "units", element: <UnitsPage /> },
              { path: "units/new", element: <UnitCreatePage /> },
              { path: "units/:id", element: <UnitDetailPage /> },
              { path: "units/:id/edit", element: <UnitEditPage /> },
              { path: "people", element: <PeoplePage /> },
              { path: "people/new", element: <PersonCreatePage /> },
              { path: "people/:id/edit", element: <PersonEditPage /> },
              { path: "api-tokens", element: <ApiTokensPage /> },
              // Admin screens load on demand, so the responder's path never downloads them.
              {
                path: "scenarios",
                lazy: () => import("../features/scenarios/routes").then((m) => m.list),
              },
              {
                path: "scenarios/new",
                lazy: () => import("../features/scenarios/routes").then((m) => m.create),
              },
              {
                path: "scenarios/:id",
                lazy: () => import("../features/scenarios/routes").then((m) => m.edit),
              },
              { path: "*", element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
