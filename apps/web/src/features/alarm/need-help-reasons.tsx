import { RollCallReport } from "@beredd/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Form } from "../../components/form";
import { TextField } from "../../components/text-field";
import { useFormSubmit } from "../../lib/use-form-submit";

const reasons = ["hurt", "trapped", "threat", "instructions"] as const;

interface Props {
  /** What the person last said they need, if anything. */
  note: string | null;
  report: (body: RollCallReport) => Promise<unknown>;
  busy: boolean;
}

/**
 * After "Behöver hjälp": what kind of help, in one tap (the coordinator's board shows it beside
 * the name), or in the person's own words. Sending nothing more is fine: the call for help is in.
 */
export function NeedHelpReasons({ note, report, busy }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const form = useFormSubmit({
    schema: RollCallReport,
    values: { kind: "person", status: "need_help", note: text },
    submit: (body) => report(body),
    onSuccess: () => setText(""),
  });
  return (
    <div className="need-help" role="group" aria-labelledby="need-help-title">
      <h3 id="need-help-title">{t("alarm.page.help.title")}</h3>
      <div className="need-help-reasons">
        {reasons.map((reason) => {
          const words = t(`alarm.page.help.reasons.${reason}`);
          return (
            <button
              key={reason}
              type="button"
              className="button button-secondary need-help-reason"
              aria-pressed={note === words}
              disabled={busy}
              onClick={() => void report({ kind: "person", status: "need_help", note: words })}
            >
              {words}
            </button>
          );
        })}
      </div>
      <Form
        form={form}
        className="form need-help-other"
        submitLabel={t("alarm.page.help.send")}
        pendingLabel={t("alarm.page.saving")}
      >
        <TextField
          label={t("alarm.page.help.other")}
          name="note"
          value={text}
          onValueChange={setText}
          error={form.errors.note}
          autoComplete="off"
          maxLength={2000}
        />
      </Form>
    </div>
  );
}
