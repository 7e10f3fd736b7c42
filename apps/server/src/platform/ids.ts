import { v7 } from "uuid";

/** UUIDv7: unique across nodes, sortable by creation time, the same text on both databases. */
export const newId = (): string => v7();
