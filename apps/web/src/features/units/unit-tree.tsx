import type { Unit } from "@beredd/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ChevronIcon, PlusIcon } from "../../components/icons";
import type { UnitNode } from "./unit-tree-model";

export interface UnitTreeProps {
  nodes: readonly UnitNode[];
  label: string;
  collapsed: ReadonlySet<string>;
  onToggle: (id: string) => void;
  canEdit: boolean;
  pending: ReadonlySet<string>;
  onSetActive: (unit: Unit, active: boolean) => void;
}

/**
 * Nested lists rather than an ARIA tree widget: each row holds links and buttons, which a
 * treeitem must not contain, and lists are read well by every screen reader ("list, 3 items,
 * level 2").
 */
export function UnitTree({ nodes, label, ...rest }: UnitTreeProps) {
  return (
    <ul className="unit-tree" aria-label={label}>
      {nodes.map((node) => (
        <UnitItem key={node.unit.id} node={node} {...rest} />
      ))}
    </ul>
  );
}

type ItemProps = Omit<UnitTreeProps, "nodes" | "label"> & { node: UnitNode };

function UnitItem({ node, ...rest }: ItemProps) {
  const { t } = useTranslation();
  const { unit, children } = node;
  const { collapsed, onToggle, canEdit, pending, onSetActive } = rest;
  const open = !collapsed.has(unit.id);
  const childListId = `unit-children-${unit.id}`;
  const busy = pending.has(unit.id);

  return (
    <li className={unit.active ? "unit-node" : "unit-node unit-inactive"}>
      <div className="unit-row">
        {children.length > 0 ? (
          <button
            type="button"
            className="unit-toggle"
            aria-expanded={open}
            aria-controls={childListId}
            aria-label={t(open ? "units.collapse" : "units.expand", { name: unit.name })}
            onClick={() => onToggle(unit.id)}
          >
            <ChevronIcon />
          </button>
        ) : (
          <span className="unit-toggle-spacer" aria-hidden="true" />
        )}
        <span className="unit-label">
          <Link to={`/units/${unit.id}`} className="unit-name">
            {unit.name}
          </Link>
          <span className="badge">{t(`unitKind.${unit.kind}`)}</span>
          {!unit.active && <span className="badge badge-muted">{t("common.inactive")}</span>}
        </span>
        {canEdit && (
          <span className="unit-actions">
            {unit.active && unit.kind !== "room" && (
              <Link
                to={`/units/new?parent=${unit.id}`}
                className="button button-quiet"
                aria-label={t("units.addChildLabel", { name: unit.name })}
              >
                <PlusIcon />
                {t("units.addChild")}
              </Link>
            )}
            <button
              type="button"
              className={unit.active ? "button button-subtle" : "button button-secondary"}
              aria-label={t(unit.active ? "units.deactivateLabel" : "units.reactivateLabel", {
                name: unit.name,
              })}
              disabled={busy}
              onClick={() => onSetActive(unit, !unit.active)}
            >
              {t(unit.active ? "common.deactivate" : "common.reactivate")}
            </button>
          </span>
        )}
      </div>
      {children.length > 0 && (
        <ul className="unit-children" id={childListId} hidden={!open}>
          {children.map((child) => (
            <UnitItem key={child.unit.id} node={child} {...rest} />
          ))}
        </ul>
      )}
    </li>
  );
}
