import type { UpdateMe } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import type { Actor } from "../../../platform/auth/index.js";
import { AppError } from "../../../platform/errors.js";

/** A signed-in person changes their own name or language; the choice follows them everywhere. */
export async function updateMe(deps: Deps, actor: Actor, input: UpdateMe): Promise<void> {
  if (actor.type !== "person")
    throw new AppError("forbidden", "Only a signed-in person has a profile");
  await deps.db
    .updateTable("users")
    .set({
      ...(input.locale ? { locale: input.locale } : {}),
      ...(input.name ? { name: input.name } : {}),
      updated_at: deps.clock.now().toISOString(),
    })
    .where("id", "=", actor.userId)
    .execute();
}
