import type { ParticipationState } from "@beredd/contracts";
import type { Deps } from "../../deps.js";
import { GroupCommit } from "../../platform/db/index.js";
import type { Connection } from "../../platform/realtime/index.js";
import { recordResponses, type Response, type ResponseResult } from "./commands/respond.js";

/** Told of every response once it is durable, with the socket it came over, if any. */
type RecordedListener = (
  response: Response,
  state: ParticipationState,
  origin: Connection | undefined,
) => void;

/** Receipts and answers from HTTP and the socket share one group-commit queue. */
export class Responses {
  readonly #queue: GroupCommit<Response, ResponseResult>;
  #listener: RecordedListener | undefined;
  constructor(deps: Deps) {
    this.#queue = new GroupCommit((items) => recordResponses(deps, items));
  }
  onRecorded(listener: RecordedListener): void {
    this.#listener = listener;
  }
  async submit(response: Response, origin?: Connection): Promise<ParticipationState> {
    const result = await this.#queue.submit(response);
    if ("error" in result) throw result.error;
    this.#listener?.(response, result.ok, origin);
    return result.ok;
  }
}
