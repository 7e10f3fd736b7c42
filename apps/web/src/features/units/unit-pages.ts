// The unit screens, one lazily loaded chunk (app/router.tsx).
export { UnitDetailPage } from "./unit-detail-page";
export { UnitCreatePage, UnitEditPage } from "./unit-form-pages";
export { UnitsPage } from "./units-page";
