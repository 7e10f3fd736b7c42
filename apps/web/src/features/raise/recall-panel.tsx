import { Recall, routes } from "@beredd/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Form } from "../../components/form";
import { useNotice } from "../../components/notice-context";
import { useRouteMutation } from "../../lib/query";
import { useFormSubmit } from "../../lib/use-form-submit";

/**
 * "Återkalla — fellarm": the raiser takes back a false alarm, after saying so once more; everyone
 * reached is told (the engine's recall). The button sits apart from anything pressed before it.
 */
export function RecallPanel({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button
        type="button"
        className="button button-danger raise-recall"
        onClick={() => setOpen(true)}
      >
        {t("raise.recall.open")}
      </button>
    );
  return <RecallForm incidentId={incidentId} onCancel={() => setOpen(false)} />;
}

function RecallForm({ incidentId, onCancel }: { incidentId: string; onCancel: () => void }) {
  const { t } = useTranslation();
  const { show } = useNotice();
  const [reason, setReason] = useState(() => t("raise.recall.reasonDefault"));
  const recall = useRouteMutation(routes.incidents.recall, {
    invalidates: [routes.incidents.get, routes.incidents.list],
  });
  const form = useFormSubmit({
    schema: Recall,
    values: { reason },
    submit: (body) => recall.mutateAsync({ params: { id: incidentId }, body }),
    onSuccess: () => show({ tone: "success", text: t("raise.recall.done") }),
  });
  return (
    <Form
      form={form}
      className="form form-card raise-recall-form"
      title={t("raise.recall.title")}
      submitLabel={t("raise.recall.confirm")}
      pendingLabel={t("raise.recall.pending")}
      submitClassName="button button-danger"
      actions={
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t("raise.cancel")}
        </button>
      }
    >
      <p>{t("raise.recall.text")}</p>
      <div className="field">
        <label className="field-label" htmlFor="recall-reason">
          {t("raise.recall.reason")}
        </label>
        {form.errors.reason && (
          <p className="field-error" id="recall-reason-error">
            {form.errors.reason}
          </p>
        )}
        <textarea
          id="recall-reason"
          name="reason"
          className="input"
          rows={2}
          value={reason}
          aria-invalid={form.errors.reason ? true : undefined}
          aria-describedby={form.errors.reason ? "recall-reason-error" : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
    </Form>
  );
}
