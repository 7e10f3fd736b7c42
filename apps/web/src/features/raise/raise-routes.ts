// The raise screens, loaded on demand by the router (app/router.tsx).
export { DrillPage, RaisePage } from "./raise-page";
export { RaiseSentPage } from "./raise-sent-page";
