import { type PointerEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

/** How long the press is held before the alarm goes: long enough not to happen in a pocket. */
export const HOLD_MS = 800;

export interface HoldToConfirmProps {
  holdLabel: string;
  /** Said (and shown) when the two-step path opens: what "Bekräfta larm" will send. */
  prompt: string;
  onConfirm: () => void;
  disabled?: boolean;
}

/**
 * The deliberate confirmation (ux.md §3, the Centegix and Hawaii lessons): press and hold with a
 * fill that grows across it, letting go early cancels. Keyboard and screen-reader users, and anyone who
 * cannot hold, take an equivalent two-step path: activate, then a separate "Bekräfta larm"
 * button in another place, which takes focus and is announced.
 */
export function HoldToConfirm({ holdLabel, prompt, onConfirm, disabled }: HoldToConfirmProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const [holding, setHolding] = useState(false);
  const [armed, setArmed] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => () => window.clearTimeout(timer.current), []);
  useEffect(() => {
    if (armed) confirmRef.current?.focus();
  }, [armed]);

  const start = (event: PointerEvent<HTMLButtonElement>) => {
    if (disabled || event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    setHolding(true);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      setHolding(false);
      onConfirm();
    }, HOLD_MS);
  };
  const cancel = () => {
    window.clearTimeout(timer.current);
    setHolding(false);
  };

  return (
    <div className="hold">
      <button
        type="button"
        className="hold-button"
        data-holding={holding || undefined}
        style={{ ["--hold-ms" as string]: `${HOLD_MS}ms` }}
        aria-describedby={hintId}
        disabled={disabled}
        onPointerDown={start}
        onPointerUp={cancel}
        onPointerCancel={cancel}
        onLostPointerCapture={cancel}
        onContextMenu={(event) => event.preventDefault()}
        // A click from the keyboard (or a screen reader's activation) has no pointer press: it
        // opens the two-step path. A pointer's click after a short press does nothing.
        onClick={(event) => {
          if (event.detail === 0) setArmed(true);
        }}
      >
        <span className="hold-fill" aria-hidden="true" />
        <span className="hold-label">{holdLabel}</span>
      </button>
      <p id={hintId} className="field-hint">
        {t("raise.holdHint")}
      </p>
      <div role="status" className="hold-status">
        {armed && <p className="hold-prompt">{prompt}</p>}
      </div>
      {armed ? (
        <div className="hold-confirm">
          <button
            ref={confirmRef}
            type="button"
            className="button button-danger hold-confirm-button"
            disabled={disabled}
            onClick={onConfirm}
          >
            {t("raise.confirm")}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setArmed(false)}>
            {t("raise.cancel")}
          </button>
        </div>
      ) : (
        <button type="button" className="button button-quiet" onClick={() => setArmed(true)}>
          {t("raise.noHold")}
        </button>
      )}
    </div>
  );
}
