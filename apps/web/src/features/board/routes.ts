import { BoardIncidentPage } from "./board-incident-page";
import { BoardPage } from "./board-page";

/** The board's lazy routes (app/router.tsx): one chunk for both screens. */
export const board = { Component: BoardPage };
export const boardIncident = { Component: BoardIncidentPage };
