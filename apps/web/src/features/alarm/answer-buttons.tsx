import type { Answer, ParticipationStatus } from "@beredd/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/error-alert";
import { useRespond } from "./use-respond";

const answers: readonly Answer[] = ["acknowledged", "on_my_way", "cannot"];

export interface AnswerButtonsProps {
  incidentId: string;
  /** My answer on record, marked as pressed. */
  status: ParticipationStatus | null;
  /** Once the server has recorded the answer. */
  onAnswered?: (answer: Answer) => void;
}

/** Kvittera / På väg / Kan inte: one tap, sent once, shown as given only when recorded. */
export function AnswerButtons({ incidentId, status, onAnswered }: AnswerButtonsProps) {
  const { t } = useTranslation();
  const { answer } = useRespond();
  const [pending, setPending] = useState<Answer | null>(null);
  const [error, setError] = useState<unknown>(null);

  const give = (choice: Answer) => {
    if (pending) return;
    setPending(choice);
    setError(null);
    answer(incidentId, choice).then(
      () => {
        setPending(null);
        onAnswered?.(choice);
      },
      (failure: unknown) => {
        setPending(null);
        setError(failure);
      },
    );
  };

  return (
    <div className="answer-buttons">
      <div className="answer-row" role="group" aria-label={t("alarm.answerTitle")}>
        {answers.map((choice) => (
          <button
            key={choice}
            type="button"
            className={`button answer-button answer-${choice}`}
            aria-pressed={status === choice}
            aria-disabled={pending !== null}
            onClick={() => give(choice)}
          >
            {pending === choice ? t("alarm.sending") : t(`incident.answer.${choice}`)}
          </button>
        ))}
      </div>
      <div role="status" className="answer-status">
        {error !== null && <ErrorAlert error={error} message={t("alarm.answerFailed")} />}
      </div>
    </div>
  );
}
