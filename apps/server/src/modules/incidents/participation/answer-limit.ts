import type { Db } from "../../../platform/db/index.js";
import { rateLimited, type AppError } from "../../../platform/errors.js";

/**
 * How often a person may change an answer they already gave in one incident: `max` changes
 * (ANSWER_CHANGE_LIMIT) in a fixed minute that starts at the first change. The first answer is
 * never limited (ten thousand people answering at once are not slowed), a repeated answer changes
 * nothing and is not counted, and once the minute is over the next change is taken whatever came
 * before.
 */
const WINDOW_MS = 60_000;

/** A participation's count of changes, as its row keeps it. */
export interface ChangeWindow {
  changes_window_started_at: string | null;
  changes_in_window: number;
}

/** Counts one change of answer at `now` into the window, or refuses it and says until when. */
export function countChange(window: ChangeWindow, now: Date, max: number): AppError | undefined {
  const started =
    window.changes_window_started_at === null ? null : Date.parse(window.changes_window_started_at);
  if (started === null || now.getTime() - started >= WINDOW_MS) {
    window.changes_window_started_at = now.toISOString();
    window.changes_in_window = 1;
    return undefined;
  }
  if (window.changes_in_window < max) {
    window.changes_in_window += 1;
    return undefined;
  }
  return rateLimited(
    "Too many changes of answer in a short time",
    started + WINDOW_MS - now.getTime(),
  );
}

/** Writes the counts that moved: a few rows, since only changes of an answer given count. */
export async function saveChangeCounts(trx: Db, counted: Iterable<ChangeWindow & { id: string }>) {
  for (const s of counted)
    await trx
      .updateTable("participations")
      .set({
        changes_window_started_at: s.changes_window_started_at,
        changes_in_window: s.changes_in_window,
      })
      .where("id", "=", s.id)
      .execute();
}
