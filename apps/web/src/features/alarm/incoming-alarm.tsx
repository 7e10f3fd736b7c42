import { useEffect, useLayoutEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { useAlarmFeedback } from "./alarm-feedback";
import { AnswerButtons } from "./answer-buttons";
import type { Me, Takeover } from "./my-part";
import { SwitchDetails, TakeoverBody } from "./takeover-view";
import { useRespond } from "./use-respond";
import { useTakeover } from "./use-takeover";
import "./alarm.css";

/**
 * The incoming alarm, on any screen but the coordinator's board: a full-screen modal alert
 * dialog (the page behind is inert) that stays until the alarm is answered, and tells of a
 * scenario switch or a recall. On the board the alarm is already in front of the coordinator,
 * who must be able to steer it; covering the board would keep them from it.
 */
export function IncomingAlarm() {
  const { takeover, me, dismiss } = useTakeover();
  const onBoard = useLocation().pathname.startsWith("/board");
  if (!takeover || onBoard) return null;
  return (
    <TakeoverDialog
      key={`${takeover.incident.id}-${takeover.kind}`}
      takeover={takeover}
      me={me}
      dismiss={dismiss}
    />
  );
}

interface DialogProps {
  takeover: Takeover;
  me: Me;
  dismiss: (incidentId: string) => void;
}

function TakeoverDialog({ takeover, me, dismiss }: DialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const ref = useRef<HTMLDialogElement>(null);
  const { incident } = takeover;
  const waiting = takeover.kind === "alarm";
  useAlarmFeedback(waiting && !incident.silent);
  useReceipt(takeover);

  // Before paint, and before the tone's effect (an AudioContext takes a while to open).
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const open = () => {
    dismiss(incident.id);
    void navigate(`/incidents/${incident.id}`);
  };
  const tone = incident.drill ? "drill" : incident.silent ? "silent" : "alarm";

  return (
    <dialog
      ref={ref}
      className="takeover"
      data-incident={incident.id}
      data-tone={takeover.kind === "recalled" ? "recalled" : tone}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="takeover-verb"
      aria-describedby="takeover-text"
      // An alarm is answered, not waved away with Escape; a notice is dismissed with it. (Not on
      // `close`: the dialog also closes when it gives way to the next takeover.)
      onCancel={(e) => {
        e.preventDefault();
        if (!waiting) dismiss(incident.id);
      }}
    >
      <div className="takeover-inner">
        <TakeoverBody takeover={takeover} me={me} />
        {waiting ? (
          <AnswerButtons incidentId={incident.id} status={null} onAnswered={open} />
        ) : (
          <button
            type="button"
            className="button button-primary button-block takeover-dismiss"
            onClick={takeover.kind === "recalled" ? () => dismiss(incident.id) : open}
          >
            {takeover.kind === "recalled" ? t("alarm.closeNotice") : t("alarm.understood")}
          </button>
        )}
        {takeover.kind !== "recalled" && takeover.switched && (
          <SwitchDetails takeover={takeover} event={takeover.switched} />
        )}
      </div>
    </dialog>
  );
}

/** Tells the server once that this device has the alarm (notified → received). */
function useReceipt(takeover: Takeover) {
  const { receipt } = useRespond();
  const sent = useRef(false);
  const status = takeover.part.participant?.status ?? "notified";
  const id = takeover.incident.id;
  useEffect(() => {
    if (sent.current || takeover.kind !== "alarm" || status !== "notified") return;
    sent.current = true;
    // A lost receipt only leaves the status at "larmad"; the answer still counts.
    receipt(id).catch(() => undefined);
  }, [takeover.kind, status, id, receipt]);
}
