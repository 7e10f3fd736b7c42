import type { IncidentEvent, IncidentSummary } from "@beredd/contracts";

/**
 * What an incident's `incident.raised` event says of it, as the list shows an incident: the
 * board's list and the takeover show a new alarm from it before any read has answered.
 */
export function summaryOfRaised(
  event: Extract<IncidentEvent, { type: "incident.raised" }>,
): IncidentSummary {
  const d = event.data;
  return {
    id: event.incidentId,
    scenario: { id: d.scenarioId, key: d.scenarioKey, name: d.name },
    unitId: d.unitId,
    severity: d.severity,
    status: "active",
    drill: event.drill,
    recalled: false,
    silent: d.silent,
    raisedAt: event.at,
    resolvedAt: null,
    closedAt: null,
  };
}
