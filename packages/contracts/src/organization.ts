import { z } from "zod";
import { Id, Timestamp } from "./common.js";

export const Organization = z.object({ id: Id, name: z.string(), createdAt: Timestamp });
export type Organization = z.infer<typeof Organization>;
