import { createContext, use } from "react";

export type NoticeTone = "success" | "error";

export interface NoticeInput {
  text: string;
  tone?: NoticeTone;
  /** One follow-up action, typically "Ångra" after a reversible change. */
  action?: { label: string; run: () => void };
  /**
   * Move focus to the notice: for when the control that was used has gone (a deactivated row
   * that is no longer listed), so keyboard and screen-reader users are not left nowhere.
   */
  focus?: boolean;
  /** The page the notice belongs to; defaults to the current one. */
  path?: string;
}

export interface Notice extends NoticeInput {
  id: number;
  tone: NoticeTone;
  path: string;
}

export interface NoticeContextValue {
  notice: Notice | null;
  show: (notice: NoticeInput) => void;
  dismiss: () => void;
}

export const NoticeContext = createContext<NoticeContextValue | null>(null);

export function useNotice(): NoticeContextValue {
  const value = use(NoticeContext);
  if (!value) throw new Error("useNotice must be used inside <NoticeProvider>");
  return value;
}
