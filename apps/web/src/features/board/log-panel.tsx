import { AddLogEntry, routes, type Incident } from "@beredd/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Form } from "../../components/form";
import { TextField } from "../../components/text-field";
import { useRouteMutation } from "../../lib/query";
import { useFormSubmit } from "../../lib/use-form-submit";
import { useFormatTime } from "../../lib/use-format-date";
import { incidentReads } from "./board-api";

/** The shared log (loggbok), newest first, with a field to write in it while the incident is open. */
export function LogPanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const formatTime = useFormatTime();
  const entries = [...incident.log].reverse();
  return (
    <section className="card" aria-labelledby="board-log">
      <h2 id="board-log">{t("board.log.title")}</h2>
      {incident.status !== "closed" && <LogForm incidentId={incident.id} />}
      {entries.length === 0 && <p className="muted">{t("board.log.empty")}</p>}
      <ol className="board-log" aria-labelledby="board-log">
        {entries.map((entry) => (
          <li key={entry.id}>
            <p className="board-log-meta">
              <time dateTime={entry.at}>{formatTime(entry.at)}</time> {entry.authorName}
              {entry.key && <span className="badge badge-warning">{t("board.log.key")}</span>}
            </p>
            <p className="board-log-text">{entry.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

function LogForm({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const post = useRouteMutation(routes.participation.addLogEntry, { invalidates: incidentReads });
  const form = useFormSubmit({
    schema: AddLogEntry,
    values: { text },
    submit: (body) => post.mutateAsync({ params: { id: incidentId }, body }),
    // The entry appearing in the list below is the confirmation; the field is ready for the next.
    onSuccess: () => setText(""),
  });
  return (
    <Form
      form={form}
      className="form board-log-form"
      submitLabel={t("board.log.post")}
      pendingLabel={t("board.log.posting")}
    >
      <TextField
        label={t("board.log.text")}
        name="text"
        value={text}
        onValueChange={setText}
        error={form.errors.text}
        autoComplete="off"
        maxLength={4000}
      />
    </Form>
  );
}
