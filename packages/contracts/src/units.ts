import { z } from "zod";
import { Id, Name, Timestamp, listOf, updateOf } from "./common.js";

/** What a unit is: the tree runs municipality → administration → school → building → room. */
export const UnitKind = z.enum([
  "organization",
  "administration",
  "school",
  "preschool",
  "care_home",
  "office",
  "building",
  "room",
  "department",
  "other",
]);
export type UnitKind = z.infer<typeof UnitKind>;

export const Unit = z.object({
  id: Id,
  parentId: Id.nullable(),
  name: z.string(),
  kind: UnitKind,
  active: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Unit = z.infer<typeof Unit>;

export const UnitList = listOf(Unit);
export type UnitList = z.infer<typeof UnitList>;

export const CreateUnit = z.strictObject({
  name: Name,
  kind: UnitKind,
  parentId: Id.nullable(),
});
export type CreateUnit = z.infer<typeof CreateUnit>;

export const UpdateUnit = updateOf({
  name: Name,
  kind: UnitKind,
  parentId: Id.nullable(),
  active: z.boolean(),
});
export type UpdateUnit = z.infer<typeof UpdateUnit>;
