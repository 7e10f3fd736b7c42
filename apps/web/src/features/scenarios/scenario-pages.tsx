import { CreateScenario, routes } from "@beredd/contracts";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { FormPage } from "../../components/form-page";
import { useNotice } from "../../components/notice-context";
import { useLocale } from "../../i18n/use-locale";
import { useRouteMutation } from "../../lib/query";
import { AdminOnly } from "../session/admin-only";
import { PartNav } from "./part-nav";
import { roleNames } from "./role-names";
import { newDraft } from "./scenario-draft";
import { FrozenNote, ScenarioEditor } from "./scenario-editor";
import { ScenarioForm } from "./scenario-form";
import { scenarioQueries, scenarioReads } from "./scenarios-api";
import "./scenarios.css";

export function ScenarioEditPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useParams().id ?? "";
  const scenario = useQuery(scenarioQueries.one(id));
  const roles = useQuery(scenarioQueries.roles());
  const current = scenario.data;
  const title = current
    ? t("scenarios.editTitle", { name: current.name[locale] })
    : t("scenarios.title");
  return (
    <FormPage title={title} queries={[scenario, roles]}>
      {() =>
        current &&
        roles.data && (
          <ScenarioEditor
            key={current.id}
            scenario={current}
            roles={roleNames(roles.data.items, locale)}
          />
        )
      }
    </FormPage>
  );
}

export function ScenarioCreatePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const { show } = useNotice();
  const roles = useQuery(scenarioQueries.roles());
  const [draft, setDraft] = useState(newDraft);
  const create = useRouteMutation(routes.scenarios.create, { invalidates: scenarioReads });

  const onSave = async (parsed: CreateScenario) => {
    const created = await create.mutateAsync({ body: parsed });
    const path = `/scenarios/${created.id}`;
    show({ text: t("scenarios.created", { name: created.name[locale] }), path });
    await navigate(path);
  };

  return (
    <FormPage title={t("scenarios.createTitle")} queries={[roles]} access={AdminOnly}>
      {() => (
        <div className="stack">
          <FrozenNote />
          <PartNav withPreview={false} />
          <ScenarioForm
            draft={draft}
            onChange={setDraft}
            roles={roleNames(roles.data?.items ?? [], locale)}
            isNew
            schema={CreateScenario}
            onSave={onSave}
          />
        </div>
      )}
    </FormPage>
  );
}
