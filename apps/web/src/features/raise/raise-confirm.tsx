import type { Scenario } from "@beredd/contracts";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { SelectField } from "../../components/select-field";
import { TextAreaField } from "../../components/text-area-field";
import { useLocale } from "../../i18n/use-locale";
import { useCurrentSession } from "../session/session-context";
import { HoldToConfirm } from "./hold-to-confirm";
import { enqueue } from "./outbox";
import { ReachPreview } from "./reach-preview";
import { rememberPlace, type RaiseChoices } from "./use-raise-choices";

export interface RaiseConfirmProps {
  scenario: Scenario;
  drill: boolean;
  choices: RaiseChoices;
  onBack: () => void;
}

/** The second interaction: the place (preset, changeable), a note, who it reaches, and hold. */
export function RaiseConfirm({ scenario, drill, choices, onBack }: RaiseConfirmProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useCurrentSession();
  const navigate = useNavigate();
  const [note, setNote] = useState("");
  // One Idempotency-Key per raise attempt: repeated taps and retries all carry this one.
  const [key] = useState(() => crypto.randomUUID());
  const sent = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const { placeId, unitsById } = choices;
  const placeName = unitsById.get(placeId)?.name ?? "";
  const name = scenario.name[locale];

  const confirm = () => {
    if (sent.current || !placeId) return;
    sent.current = true;
    rememberPlace(session.personId, placeId);
    const trimmed = note.trim();
    void enqueue({
      key,
      drill,
      body: { scenarioId: scenario.id, unitId: placeId, ...(trimmed ? { note: trimmed } : {}) },
      label: { scenario: scenario.name, unitName: placeName, raiserName: session.user.name },
      personId: session.personId,
      createdAt: new Date().toISOString(),
      confirmedAt: null,
      state: "queued",
      result: null,
      failure: null,
    }).then(() => navigate(`/raise/sent/${key}`));
  };

  return (
    <section className="raise-confirm" aria-labelledby="raise-confirm-title">
      <h2 id="raise-confirm-title" ref={headingRef} tabIndex={-1} className="raise-confirm-title">
        {drill && <span className="drill-mark">{t("incident.drill")}</span>} {name}
      </h2>
      <p className="raise-instructions">{scenario.plan.alertText[locale]}</p>
      <HoldToConfirm
        holdLabel={drill ? t("raise.holdDrill") : t("raise.hold")}
        prompt={t("raise.confirmPrompt", { scenario: name, place: placeName })}
        onConfirm={confirm}
        disabled={!placeId}
      />
      {!placeId && <p className="field-error">{t("raise.noPlace")}</p>}
      <SelectField
        label={t("raise.place")}
        name="unitId"
        value={placeId}
        onValueChange={choices.setPlaceId}
      >
        {!placeId && <option value="">{t("raise.noPlace")}</option>}
        {choices.places.map(({ unit, depth }) => (
          <option key={unit.id} value={unit.id}>
            {"\u00a0\u00a0\u00a0".repeat(depth)}
            {unit.name}
          </option>
        ))}
      </SelectField>
      {/* Below the button and beside the place it depends on: its answer arriving, or its list
          opening, never moves the button under a finger already on its way to it. */}
      {placeId && <ReachPreview scenarioId={scenario.id} unitId={placeId} />}
      <TextAreaField
        label={t("raise.note")}
        hint={t("raise.noteHint")}
        optional
        name="note"
        rows={2}
        maxLength={2000}
        value={note}
        onValueChange={setNote}
      />
      <button type="button" className="button button-secondary" onClick={onBack}>
        {t("raise.chooseAgain")}
      </button>
    </section>
  );
}
