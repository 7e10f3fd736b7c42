import type { ComponentType } from "react";
import { createBrowserRouter } from "react-router";
import type * as PersonPages from "../features/people/person-pages";
import type * as RaiseRoutes from "../features/raise/raise-routes";
import { StartPage } from "../features/raise/start-page";
import { LoginPage } from "../features/session/login-page";
import type * as RolePagesModule from "../features/roles/role-pages";
import type * as UnitPages from "../features/units/unit-pages";
import { AppLayout } from "./app-layout";
import { NotFoundPage } from "./not-found-page";
import { RequireSession } from "./require-session";
import { RouteError } from "./route-error";

type RolePages = typeof RolePagesModule;

const accountPage = async () => ({
  Component: (await import("../features/account/account-page")).AccountPage,
});

// Loaded on first use, so the responder's bundle does not carry the administrators' screens.
const rolePage = async (name: keyof RolePages) => ({
  Component: (await import("../features/roles/role-pages"))[name],
});
/** The administrators' screens load on demand: a responder's phone never downloads them. */
const unitPage = (pick: (m: typeof UnitPages) => ComponentType) =>
  import("../features/units/unit-pages").then((m) => ({ Component: pick(m) }));
const personPage = (pick: (m: typeof PersonPages) => ComponentType) =>
  import("../features/people/person-pages").then((m) => ({ Component: pick(m) }));
/** The raise screens load on demand: the admin screens' users need not fetch them, nor they those. */
const raiseRoute = (pick: (m: typeof RaiseRoutes) => ComponentType) =>
  import("../features/raise/raise-routes").then((m) => ({ Component: pick(m) }));

export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    children: [
      { path: "/login", element: <LoginPage /> },
      {
        path: "/invite/:token",
        lazy: async () => ({
          Component: (await import("../features/invite/invite-page")).InvitePage,
        }),
      },
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
              { path: "units", lazy: () => unitPage((m) => m.UnitsPage) },
              { path: "units/new", lazy: () => unitPage((m) => m.UnitCreatePage) },
              { path: "units/:id", lazy: () => unitPage((m) => m.UnitDetailPage) },
              { path: "units/:id/edit", lazy: () => unitPage((m) => m.UnitEditPage) },
              { path: "account", lazy: accountPage },
              {
                path: "readiness",
                lazy: async () => ({
                  Component: (await import("../features/devices/readiness-page")).ReadinessPage,
                }),
              },
              { path: "people", lazy: () => personPage((m) => m.PeoplePage) },
              { path: "people/new", lazy: () => personPage((m) => m.PersonCreatePage) },
              { path: "people/:id/edit", lazy: () => personPage((m) => m.PersonEditPage) },
              {
                path: "api-tokens",
                lazy: async () => ({
                  Component: (await import("../features/api-tokens/api-tokens-page")).ApiTokensPage,
                }),
              },
              { path: "roles", lazy: () => rolePage("RolesPage") },
              { path: "roles/new", lazy: () => rolePage("RoleCreatePage") },
              { path: "roles/:id", lazy: () => rolePage("RolePage") },
              { path: "roles/:id/edit", lazy: () => rolePage("RoleEditPage") },
              { path: "roles/:id/units/:unitId", lazy: () => rolePage("StaffingPage") },
              // The board is for staff on a desktop: kept out of the responder's bundle.
              {
                path: "board",
                lazy: () => import("../features/board/routes").then((m) => m.board),
              },
              {
                path: "board/:id",
                lazy: () => import("../features/board/routes").then((m) => m.boardIncident),
              },
              {
                path: "incidents/:id",
                lazy: async () => ({
                  Component: (await import("../features/alarm/incident-page")).IncidentPage,
                }),
              },
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
