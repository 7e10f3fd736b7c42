import { routes, Severity, UpdateIncident, type Incident } from "@beredd/contracts";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Form } from "../../components/form";
import { useNotice } from "../../components/notice-context";
import { SelectField } from "../../components/select-field";
import { useLocale } from "../../i18n/use-locale";
import { routeQuery, useRouteMutation } from "../../lib/query";
import { useFormSubmit } from "../../lib/use-form-submit";
import { incidentReads } from "./board-api";

function useUpdate(incidentId: string) {
  const { t } = useTranslation();
  const { show } = useNotice();
  const update = useRouteMutation(routes.incidents.update, { invalidates: incidentReads });
  return {
    submit: (body: UpdateIncident) => update.mutateAsync({ params: { id: incidentId }, body }),
    onSuccess: () => show({ text: t("board.steer.changed") }),
  };
}

/** Raise (or lower) the severity in flight. */
export function SeverityForm({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const [severity, setSeverity] = useState<string>(incident.severity);
  const form = useFormSubmit({
    schema: UpdateIncident,
    values: { severity },
    ...useUpdate(incident.id),
  });
  return (
    <Form
      form={form}
      className="form board-steer-form"
      submitLabel={t("board.steer.severitySubmit")}
      pendingLabel={t("board.steer.saving")}
    >
      <SelectField
        label={t("board.steer.severity")}
        name="severity"
        value={severity}
        onValueChange={setSeverity}
        error={form.errors.severity}
      >
        {Severity.options.map((s) => (
          <option key={s} value={s}>
            {t(`incident.severity.${s}`)}
          </option>
        ))}
      </SelectField>
    </Form>
  );
}

/** Switch the scenario in flight (a fire alarm that turns out to be a lockdown). */
export function ScenarioForm({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [scenarioId, setScenarioId] = useState("");
  const scenarios = useQuery(routeQuery(routes.scenarios.list));
  const form = useFormSubmit({
    schema: UpdateIncident,
    values: { scenarioId },
    ...useUpdate(incident.id),
  });
  return (
    <Form
      form={form}
      className="form board-steer-form"
      submitLabel={t("board.steer.scenarioSubmit")}
      pendingLabel={t("board.steer.saving")}
    >
      <SelectField
        label={t("board.steer.scenario")}
        hint={t("board.steer.scenarioHint")}
        name="scenarioId"
        value={scenarioId}
        onValueChange={setScenarioId}
        error={form.errors.scenarioId}
      >
        <option value="">{t("board.steer.choose")}</option>
        {scenarios.data?.items
          .filter((s) => s.id !== incident.scenario.id)
          .map((s) => (
            <option key={s.id} value={s.id}>
              {s.name[locale]}
            </option>
          ))}
      </SelectField>
    </Form>
  );
}
