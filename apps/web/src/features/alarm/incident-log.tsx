import { AddLogEntry, routes, type Incident } from "@beredd/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Form } from "../../components/form";
import { TextField } from "../../components/text-field";
import { api } from "../../lib/api";
import { useFormSubmit } from "../../lib/use-form-submit";
import { useFormatTime } from "../../lib/use-format-date";
import { useIncidentWrite } from "./use-incident-write";

/**
 * The shared log (loggbok), newest first, kept live by the socket; anyone in the incident may
 * write. The same on the responder's incident screen and the coordinator's board.
 */
export function IncidentLog({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const formatTime = useFormatTime();
  const [text, setText] = useState("");
  const write = useIncidentWrite(incident.id, (body: { text: string }) =>
    api.call(routes.participation.addLogEntry, { params: { id: incident.id }, body }),
  );
  const form = useFormSubmit({
    schema: AddLogEntry,
    values: { text },
    submit: (body) => write.mutateAsync(body),
    onSuccess: () => setText(""),
  });
  const entries = [...incident.log].reverse();
  return (
    <section className="card incident-section" aria-labelledby="log-title">
      <h2 id="log-title">{t("alarm.page.log")}</h2>
      {incident.status !== "closed" && (
        <Form
          form={form}
          className="form log-form"
          submitLabel={t("alarm.page.logSend")}
          pendingLabel={t("alarm.page.logSending")}
        >
          <TextField
            label={t("alarm.page.logField")}
            hint={t("alarm.page.logHint")}
            name="text"
            value={text}
            error={form.errors.text}
            onValueChange={setText}
            autoComplete="off"
          />
        </Form>
      )}
      {entries.length === 0 && <p className="muted">{t("alarm.page.logEmpty")}</p>}
      <ol className="plain-list log-list" aria-live="polite">
        {entries.map((entry) => (
          <li key={entry.id} className="log-entry" data-key={entry.key || undefined}>
            <p className="log-meta">
              <time dateTime={entry.at}>{formatTime(entry.at)}</time> · {entry.authorName}
              {entry.key && <span className="badge badge-warning">{t("alarm.page.logKey")}</span>}
            </p>
            <p className="log-text">{entry.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
