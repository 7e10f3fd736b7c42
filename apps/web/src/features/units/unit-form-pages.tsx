import { routes, type CreateUnit, type UpdateUnit } from "@beredd/contracts";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { FormPage } from "../../components/form-page";
import { useNotice } from "../../components/notice-context";
import { useRouteMutation } from "../../lib/query";
import { AdminOnly } from "../session/admin-only";
import { UnitForm } from "./unit-form";
import { selfAndDescendants, suggestedChildKind } from "./unit-tree-model";
import { unitQueries, unitReads } from "./units-api";

const noneExcluded: ReadonlySet<string> = new Set();

export function UnitCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { show } = useNotice();
  const [params] = useSearchParams();
  const units = useQuery(unitQueries.all(true));
  const create = useRouteMutation(routes.units.create, { invalidates: unitReads });
  const parent = units.data?.items.find((u) => u.id === params.get("parent"));

  const onSave = async (values: CreateUnit) => {
    const created = await create.mutateAsync({ body: values });
    show({ text: t("units.created", { name: created.name }), path: "/units" });
    await navigate("/units");
  };

  return (
    <FormPage title={t("units.createTitle")} queries={[units]} access={AdminOnly}>
      {() => (
        <UnitForm
          initial={{
            name: "",
            parentId: parent?.id ?? null,
            kind: suggestedChildKind(parent?.kind),
          }}
          kindChosen={false}
          units={units.data?.items ?? []}
          excluded={noneExcluded}
          submitLabel={t("common.create")}
          submittingLabel={t("common.creating")}
          cancelTo="/units"
          onSave={onSave}
        />
      )}
    </FormPage>
  );
}

export function UnitEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { show } = useNotice();
  const id = useParams().id ?? "";
  const unit = useQuery(unitQueries.one(id));
  const units = useQuery(unitQueries.all(true));
  const update = useRouteMutation(routes.units.update, { invalidates: unitReads });
  const excluded = useMemo(
    () => (units.data ? selfAndDescendants(units.data.items, id) : noneExcluded),
    [units.data, id],
  );
  const current = unit.data;
  const backTo = `/units/${id}`;

  const onSave = async (values: CreateUnit) => {
    if (!current) return;
    const changes: UpdateUnit = {};
    if (values.name !== current.name) changes.name = values.name;
    if (values.kind !== current.kind) changes.kind = values.kind;
    if (values.parentId !== current.parentId) changes.parentId = values.parentId;
    if (Object.keys(changes).length === 0) {
      show({ text: t("common.noChanges"), path: backTo });
    } else {
      const saved = await update.mutateAsync({ params: { id: current.id }, body: changes });
      show({ text: t("units.saved", { name: saved.name }), path: backTo });
    }
    await navigate(backTo);
  };

  const title = current ? t("units.editTitle", { name: current.name }) : t("common.edit");
  return (
    <FormPage title={title} queries={[unit, units]} access={AdminOnly}>
      {() =>
        current && (
          <UnitForm
            key={current.id}
            initial={current}
            kindChosen
            units={units.data?.items ?? []}
            excluded={excluded}
            submitLabel={t("common.save")}
            submittingLabel={t("common.saving")}
            cancelTo={backTo}
            onSave={onSave}
          />
        )
      }
    </FormPage>
  );
}
