import { routes, type Scenario, UpdateScenario } from "@beredd/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNotice } from "../../components/notice-context";
import { useLocale } from "../../i18n/use-locale";
import { useRouteMutation } from "../../lib/query";
import { ReadOnlyNote } from "../session/read-only-note";
import { useIsAdmin } from "../session/session-context";
import { LeaveGuard } from "./leave-guard";
import { PartNav } from "./part-nav";
import { ReachPreview } from "./reach-preview";
import type { RoleNames } from "./role-names";
import { draftOf } from "./scenario-draft";
import { ScenarioForm, ScenarioSections } from "./scenario-form";
import { scenarioReads } from "./scenarios-api";

const unchanged = () => undefined;

/** Says before anything else that an incident in flight keeps the plan it started with. */
export function FrozenNote() {
  const { t } = useTranslation();
  return <p className="alert alert-info">{t("scenarios.frozenNote")}</p>;
}

/** A saved template: admins edit it, everyone else reads it; both can preview its reach. */
export function ScenarioEditor({ scenario, roles }: { scenario: Scenario; roles: RoleNames }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { show } = useNotice();
  const isAdmin = useIsAdmin();
  const [draft, setDraft] = useState(() => draftOf(scenario));
  const [saved, setSaved] = useState(draft);
  const update = useRouteMutation(routes.scenarios.update, { invalidates: scenarioReads });

  const onSave = async (parsed: UpdateScenario) => {
    const result = await update.mutateAsync({ params: { id: scenario.id }, body: parsed });
    setSaved(draft);
    show({ text: t("scenarios.saved", { name: result.name[locale] }) });
  };

  return (
    <div className="stack">
      <LeaveGuard dirty={draft !== saved} />
      <FrozenNote />
      <PartNav withPreview />
      {isAdmin ? (
        <ScenarioForm
          draft={draft}
          onChange={setDraft}
          roles={roles}
          isNew={false}
          schema={UpdateScenario}
          onSave={onSave}
        />
      ) : (
        <>
          <ReadOnlyNote />
          <fieldset disabled className="scenario-read-only">
            <legend className="visually-hidden">{scenario.name[locale]}</legend>
            <ScenarioSections
              draft={draft}
              onChange={unchanged}
              errors={{}}
              roles={roles}
              isNew={false}
            />
          </fieldset>
        </>
      )}
      <ReachPreview scenarioId={scenario.id} unsaved={draft !== saved} />
    </div>
  );
}
