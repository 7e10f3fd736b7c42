import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

export interface ListControlsProps {
  index: number;
  count: number;
  /** What the entry is called, for screen readers: "punkt 2", "steg 1". */
  what: string;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/**
 * Move up, move down and remove, as buttons (no dragging: WCAG 2.2, 2.5.7). After a move, focus
 * stays on the moved entry's button, so a keyboard user can move it again at once.
 */
export function ListControls({ index, count, what, onMove, onRemove }: ListControlsProps) {
  const { t } = useTranslation();
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const moving = useRef<-1 | 1 | null>(null);

  useEffect(() => {
    if (moving.current === null) return;
    const wanted = moving.current === -1 ? up.current : down.current;
    const other = moving.current === -1 ? down.current : up.current;
    moving.current = null;
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  }, [index]);

  const move = (delta: -1 | 1) => {
    moving.current = delta;
    onMove(delta);
  };

  return (
    <div className="scenario-list-controls">
      <button
        ref={up}
        type="button"
        className="button button-subtle"
        disabled={index === 0}
        aria-label={t("scenarios.moveUp", { what })}
        onClick={() => move(-1)}
      >
        {t("scenarios.up")}
      </button>
      <button
        ref={down}
        type="button"
        className="button button-subtle"
        disabled={index === count - 1}
        aria-label={t("scenarios.moveDown", { what })}
        onClick={() => move(1)}
      >
        {t("scenarios.down")}
      </button>
      <button
        type="button"
        className="button button-danger"
        aria-label={t("scenarios.remove", { what })}
        onClick={onRemove}
      >
        {t("scenarios.removeShort")}
      </button>
    </div>
  );
}
