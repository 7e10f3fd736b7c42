// The people screens, one lazily loaded chunk (app/router.tsx).
export { PersonCreatePage, PersonEditPage } from "./person-form-pages";
export { PeoplePage } from "./people-page";
