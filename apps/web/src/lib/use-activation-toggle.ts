import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNotice } from "../components/notice-context";
import { errorMessage } from "./problem-message";

interface Activatable {
  id: string;
  name: string;
}

export interface ActivationOptions<T extends Activatable> {
  update: (item: T, active: boolean) => Promise<T>;
  /** The confirmation after the change, in the current language. */
  doneText: (item: T, active: boolean) => string;
  /** A specific message for a failure, or undefined for the generic one by problem code. */
  failureText?: (item: T, active: boolean, error: unknown) => string | undefined;
}

/**
 * Deactivates or reactivates, then offers to undo: an undo serves people better than an
 * "are you sure?" they learn to click through. Items in flight are reported in `pending`
 * so their buttons can be disabled against double taps.
 */
export function useActivationToggle<T extends Activatable>(options: ActivationOptions<T>) {
  const { update, doneText, failureText } = options;
  const { t } = useTranslation();
  const { show } = useNotice();
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());

  const setActive = useCallback(
    (item: T, active: boolean) => {
      const change = (target: T, nextActive: boolean) => {
        setPending((p) => new Set(p).add(target.id));
        const settle = () =>
          setPending((p) => {
            const next = new Set(p);
            next.delete(target.id);
            return next;
          });
        update(target, nextActive).then(
          (updated) => {
            settle();
            show({
              text: doneText(updated, nextActive),
              action: { label: t("common.undo"), run: () => change(updated, !nextActive) },
              focus: true,
            });
          },
          (error: unknown) => {
            settle();
            const text = failureText?.(target, nextActive, error) ?? errorMessage(t, error);
            show({ tone: "error", text, focus: true });
          },
        );
      };
      change(item, active);
    },
    [update, doneText, failureText, show, t],
  );

  return { setActive, pending };
}
