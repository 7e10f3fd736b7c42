import { useRef } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "../../lib/form-errors";
import { EditorSection } from "./editor-section";
import type { RoleNames } from "./role-names";
import {
  type DraftStep,
  type ScenarioDraft,
  moved,
  replaced,
  stepDraft,
  without,
} from "./scenario-draft";
import { StepEditor } from "./step-editor";

export interface EscalationSectionProps {
  draft: ScenarioDraft;
  onChange: (draft: ScenarioDraft) => void;
  errors: FieldErrors;
  roles: RoleNames;
}

/** The escalation plan, in order; frozen into each incident when it starts. */
export function EscalationSection({ draft, onChange, errors, roles }: EscalationSectionProps) {
  const { t } = useTranslation();
  const addButton = useRef<HTMLButtonElement>(null);
  const steps = draft.plan.escalation;
  const setSteps = (list: DraftStep[]) =>
    onChange({ ...draft, plan: { ...draft.plan, escalation: list } });
  const add = () =>
    setSteps([
      ...steps,
      stepDraft({
        type: "deputies_if_unacknowledged",
        roleKey: draft.plan.activatedRoleKeys[0] ?? "",
      }),
    ]);
  return (
    <EditorSection
      id="escalation"
      title={t("scenarios.sections.escalation")}
      intro={t("scenarios.escalationIntro")}
    >
      {steps.length === 0 && <p>{t("scenarios.noSteps")}</p>}
      <ol className="scenario-entries">
        {steps.map((step, i) => (
          <StepEditor
            key={step.uid}
            step={step}
            index={i}
            count={steps.length}
            errors={errors}
            roles={roles}
            onChange={(changed) => setSteps(replaced(steps, i, changed))}
            onMove={(delta) => setSteps(moved(steps, i, delta))}
            onRemove={() => {
              setSteps(without(steps, i));
              addButton.current?.focus();
            }}
          />
        ))}
      </ol>
      <div>
        <button ref={addButton} type="button" className="button button-secondary" onClick={add}>
          {t("scenarios.addStep")}
        </button>
      </div>
    </EditorSection>
  );
}
