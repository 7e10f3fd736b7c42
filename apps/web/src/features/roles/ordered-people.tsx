import type { Person } from "@beredd/contracts";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FieldError } from "../../components/field-parts";
import { PersonLabel } from "./person-label";
import { moveItem } from "./staffing-model";

export interface OrderedPeopleProps {
  /** The form field: "people" or "deputies". */
  name: string;
  title: string;
  help: string;
  empty: string;
  ids: readonly string[];
  peopleById: ReadonlyMap<string, Person>;
  error?: string | undefined;
  onChange: (ids: string[], said: string) => void;
}

/**
 * An ordered list of role holders, reordered with buttons (no dragging: WCAG 2.2 2.5.7). After a
 * move, focus stays on the button used as its row moves, or on the other one at either end.
 */
export function OrderedPeople(props: OrderedPeopleProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  const [focus, setFocus] = useState<{ id: string; step: -1 | 1 } | null>(null);
  const { ids, peopleById } = props;

  useEffect(() => {
    if (!focus) return;
    const button = (step: number) =>
      list.current?.querySelector<HTMLButtonElement>(`[data-move="${focus.id}:${step}"]`);
    const target = button(focus.step);
    (target && !target.disabled ? target : button(-focus.step))?.focus();
  }, [focus]);

  const nameOf = (id: string) => peopleById.get(id)?.name ?? t("roles.unknownPerson");
  const move = (index: number, step: -1 | 1) => {
    const id = ids[index] ?? "";
    props.onChange(
      moveItem(ids, index, step),
      t("roles.moved", { name: nameOf(id), position: index + step + 1 }),
    );
    setFocus({ id, step });
  };

  return (
    <fieldset name={props.name} tabIndex={-1} className="staffing-fieldset">
      <legend className="staffing-legend">{props.title}</legend>
      <p className="field-hint">{props.help}</p>
      <FieldError id={`${props.name}-error`} error={props.error} />
      {ids.length === 0 && <p className="muted">{props.empty}</p>}
      <ol ref={list} className="ordered-people">
        {ids.map((id, index) => {
          const name = nameOf(id);
          return (
            <li key={id} className="ordered-person">
              <span className="ordered-position" aria-hidden="true">
                {index + 1}.
              </span>
              <PersonLabel person={peopleById.get(id)} />
              <span className="ordered-actions">
                <button
                  type="button"
                  className="button button-subtle"
                  data-move={`${id}:-1`}
                  aria-label={t("roles.moveUpLabel", { name })}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  {t("roles.moveUp")}
                </button>
                <button
                  type="button"
                  className="button button-subtle"
                  data-move={`${id}:1`}
                  aria-label={t("roles.moveDownLabel", { name })}
                  disabled={index === ids.length - 1}
                  onClick={() => move(index, 1)}
                >
                  {t("roles.moveDown")}
                </button>
                <button
                  type="button"
                  className="button button-subtle"
                  aria-label={t("roles.removeLabel", { name })}
                  onClick={() =>
                    props.onChange(
                      ids.filter((other) => other !== id),
                      t("roles.removed", { name }),
                    )
                  }
                >
                  {t("roles.remove")}
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
