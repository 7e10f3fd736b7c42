import type { ParticipationState } from "@beredd/contracts";
import type { Deps } from "../../../deps.js";
import { GroupCommit } from "../../../platform/db/index.js";
import { recordResponses, type Response, type ResponseResult } from "./respond.js";

/**
 * Receipts and answers from HTTP and the socket share one group-commit queue. A person's other
 * devices learn of a recorded response from the log (stream-rules.ts), on every node.
 */
export class Responses {
  readonly #queue: GroupCommit<Response, ResponseResult>;
  constructor(deps: Deps) {
    this.#queue = new GroupCommit((items) => recordResponses(deps, items));
  }
  async submit(response: Response): Promise<ParticipationState> {
    const result = await this.#queue.submit(response);
    if ("error" in result) throw result.error;
    return result.ok;
  }
}
