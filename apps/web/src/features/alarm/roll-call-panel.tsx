import { RollCallReport, routes, type Incident } from "@beredd/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/error-alert";
import { Form } from "../../components/form";
import { TextField } from "../../components/text-field";
import { api } from "../../lib/api";
import { useFormSubmit } from "../../lib/use-form-submit";
import { useFormatTime } from "../../lib/use-format-date";
import { NeedHelpReasons } from "./need-help-reasons";
import { useIncidentWrite } from "./use-incident-write";

type Status = "safe" | "need_help";
const statuses: readonly Status[] = ["safe", "need_help"];

interface PanelProps {
  incident: Incident;
  personId: string;
}

/** The roll-call: "Jag är i säkerhet" / "Behöver hjälp", and a count for my group. */
export function RollCallPanel({ incident, personId }: PanelProps) {
  const { t } = useTranslation();
  const formatTime = useFormatTime();
  const mine = incident.rollCall.people.find((p) => p.personId === personId);
  const report = useIncidentWrite(incident.id, (body: RollCallReport) =>
    api.call(routes.participation.reportRollCall, { params: { id: incident.id }, body }),
  );
  const active = incident.status === "active";
  return (
    <section className="card incident-section" aria-labelledby="rollcall-title">
      <h2 id="rollcall-title">{t("alarm.page.rollCall")}</h2>
      <p className="muted">{t("alarm.page.rollCallIntro")}</p>
      <div className="rollcall-row" role="group" aria-labelledby="rollcall-title">
        {statuses.map((status) => (
          <button
            key={status}
            type="button"
            className={`button rollcall-button rollcall-${status}`}
            aria-pressed={mine?.status === status}
            disabled={!active}
            onClick={() => !report.isPending && report.mutate({ kind: "person", status })}
          >
            {t(`incident.rollCall.${status}`)}
          </button>
        ))}
      </div>
      <div role="status">
        {report.isPending ? (
          <p>{t("alarm.page.saving")}</p>
        ) : (
          mine && (
            <p className="rollcall-mine">
              {t("alarm.page.rollCallMine", {
                status: t(`incident.rollCall.${mine.status}`),
                time: formatTime(mine.at),
              })}
              {mine.note && ` – ${mine.note}`}
            </p>
          )
        )}
      </div>
      {report.isError && <ErrorAlert error={report.error} />}
      {active && mine?.status === "need_help" && (
        <NeedHelpReasons
          note={mine.note}
          report={(body) => report.mutateAsync(body)}
          busy={report.isPending}
        />
      )}
      {active && (
        <>
          <h3 className="group-count-title">{t("alarm.page.groupTitle")}</h3>
          <GroupCount incident={incident} personId={personId} />
        </>
      )}
    </section>
  );
}

const asCount = (value: string) => (value.trim() === "" ? "" : Number(value));

function GroupCount({ incident, personId }: PanelProps) {
  const { t } = useTranslation();
  const formatTime = useFormatTime();
  const reported = incident.rollCall.groups.filter((g) => g.reportedBy === personId);
  const [values, setValues] = useState({
    label: reported.at(-1)?.label ?? "",
    present: "",
    expected: "",
  });
  const write = useIncidentWrite(incident.id, (body: RollCallReport) =>
    api.call(routes.participation.reportRollCall, { params: { id: incident.id }, body }),
  );
  const form = useFormSubmit({
    schema: RollCallReport,
    values: {
      kind: "group",
      label: values.label,
      present: asCount(values.present),
      expected: asCount(values.expected),
    },
    submit: (body) => write.mutateAsync(body),
    onSuccess: () => setValues((v) => ({ ...v, present: "", expected: "" })),
  });
  const field = (name: keyof typeof values) => ({
    name,
    value: values[name],
    error: form.errors[name],
    onValueChange: (value: string) => setValues((v) => ({ ...v, [name]: value })),
  });
  return (
    <Form
      form={form}
      className="form group-count"
      submitLabel={t("alarm.page.reportGroup")}
      pendingLabel={t("alarm.page.saving")}
    >
      <ul className="plain-list">
        {reported.map((g) => (
          <li key={`${g.label}-${g.at}`}>
            {t("alarm.page.groupReported", { ...g, time: formatTime(g.at) })}
          </li>
        ))}
      </ul>
      <TextField
        label={t("alarm.page.groupLabel")}
        hint={t("alarm.page.groupLabelHint")}
        {...field("label")}
      />
      <div className="group-count-numbers">
        <TextField label={t("alarm.page.present")} inputMode="numeric" {...field("present")} />
        <TextField label={t("alarm.page.expected")} inputMode="numeric" {...field("expected")} />
      </div>
    </Form>
  );
}
