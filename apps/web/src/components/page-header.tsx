import { type ReactNode, useEffect, useRef } from "react";
import { claimHeadingFocus } from "../lib/heading-focus";
import { useDocumentTitle } from "../lib/use-document-title";

export interface PageHeaderProps {
  title: string;
  /** The document title, when it should differ from the heading. */
  documentTitle?: string;
  intro?: ReactNode;
  actions?: ReactNode;
}

/**
 * The page's one h1. It takes focus after a navigation (see AppLayout), so it has tabIndex -1.
 */
export function PageHeader({ title, documentTitle, intro, actions }: PageHeaderProps) {
  useDocumentTitle(documentTitle ?? title);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => claimHeadingFocus(ref.current), []);
  return (
    <header className="page-header">
      <div className="page-header-text">
        <h1 ref={ref} tabIndex={-1} className="page-title">
          {title}
        </h1>
        {intro && <p className="page-intro">{intro}</p>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </header>
  );
}
