import { z } from "zod";
import { Id, Timestamp, updateOf } from "./common.js";

export const Organization = z.object({
  id: Id,
  name: z.string(),
  createdAt: Timestamp,
  /**
   * The incident role alerted when a raise reaches no one at the place (first aid where there is
   * no first-aider); null: the organisation's first role in the roles' order.
   */
  fallbackRoleId: Id.nullable(),
});
export type Organization = z.infer<typeof Organization>;

/** What an administrator changes about the organisation. */
export const UpdateOrganization = updateOf({ fallbackRoleId: Id.nullable() });
export type UpdateOrganization = z.infer<typeof UpdateOrganization>;
