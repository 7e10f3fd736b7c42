import { routes } from "@beredd/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { keepReadsOnDevice } from "../../lib/offline-reads";
import { useCurrentSession } from "../session/session-context";

/** What the raise screen reads: kept on the device, so it opens with no network too. */
const RAISE_READS: ReadonlySet<string> = new Set([
  routes.scenarios.list.path,
  routes.units.list.path,
  routes.people.get.path,
  routes.incidents.list.path,
]);

/** Mounted once in the signed-in layout, beside the outbox; renders nothing. */
export function KeepRaiseReads() {
  const client = useQueryClient();
  const { personId } = useCurrentSession();
  useEffect(() => keepReadsOnDevice(client, personId, RAISE_READS), [client, personId]);
  return null;
}
