import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";

const parts = ["texts", "alarm", "roles", "cards", "escalation", "preview"] as const;

/**
 * Links to the editor's parts, for a long form on a phone. Focus moves to the part's heading
 * (the in-app navigation would otherwise take a fragment link for a new page).
 */
export function PartNav({ withPreview }: { withPreview: boolean }) {
  const { t } = useTranslation();
  const go = (event: MouseEvent<HTMLAnchorElement>, part: string) => {
    const heading = document.getElementById(`${part}-title`);
    if (!heading) return;
    event.preventDefault();
    heading.scrollIntoView({ block: "start" });
    heading.focus({ preventScroll: true });
  };
  return (
    <nav className="scenario-parts" aria-label={t("scenarios.partsLabel")}>
      <ul>
        {parts
          .filter((part) => withPreview || part !== "preview")
          .map((part) => (
            <li key={part}>
              <a href={`#scenario-${part}`} onClick={(event) => go(event, part)}>
                {t(`scenarios.sections.${part}`)}
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
}
