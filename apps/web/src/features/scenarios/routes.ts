import { ScenarioCreatePage, ScenarioEditPage } from "./scenario-pages";
import { ScenariosPage } from "./scenarios-page";

/** The feature's routes for the router's `lazy`: one chunk for the whole editor. */
export const list = { Component: ScenariosPage };
export const create = { Component: ScenarioCreatePage };
export const edit = { Component: ScenarioEditPage };
