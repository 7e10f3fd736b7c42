import { Escalate, routes } from "@beredd/contracts";
import { useQuery } from "@tanstack/react-query";
import { memo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNotice } from "../../components/notice-context";
import { Form } from "../../components/form";
import { SelectField } from "../../components/select-field";
import { useLocale } from "../../i18n/use-locale";
import { routeQuery, useRouteMutation } from "../../lib/query";
import { useFormSubmit } from "../../lib/use-form-submit";
import { peopleQueries } from "../people/people-api";
import { incidentReads } from "./board-api";

type Kind = Escalate["kind"];

/**
 * Escalation by hand: alert one more role (its holders at the place) or one named person.
 * Memoised: its list of every person need not be rebuilt each time the incident changes.
 */
export const EscalateForm = memo(function EscalateForm({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { show } = useNotice();
  const [kind, setKind] = useState<Kind>("role");
  const [roleKey, setRoleKey] = useState("");
  const [personId, setPersonId] = useState("");
  const roles = useQuery(routeQuery(routes.incidentRoles.list));
  const people = useQuery(peopleQueries.all({}));
  const escalate = useRouteMutation(routes.participation.escalate, { invalidates: incidentReads });
  const form = useFormSubmit({
    schema: Escalate,
    values: kind === "role" ? { kind, roleKey } : { kind, personId },
    submit: (body) => escalate.mutateAsync({ params: { id: incidentId }, body }),
    onSuccess: ({ activated }) => {
      show({
        text:
          activated > 0
            ? t("board.steer.escalated", { count: activated })
            : t("board.steer.escalatedNobody"),
      });
      setRoleKey("");
      setPersonId("");
    },
  });
  return (
    <Form
      form={form}
      className="form board-steer-form"
      title={t("board.steer.escalate")}
      submitLabel={t("board.steer.escalateSubmit")}
      pendingLabel={t("board.steer.escalating")}
    >
      <SelectField
        label={t("board.steer.escalateKind")}
        name="kind"
        value={kind}
        onValueChange={(value) => setKind(value === "person" ? "person" : "role")}
      >
        <option value="role">{t("board.steer.kindRole")}</option>
        <option value="person">{t("board.steer.kindPerson")}</option>
      </SelectField>
      {kind === "role" ? (
        <SelectField
          label={t("board.steer.role")}
          name="roleKey"
          value={roleKey}
          onValueChange={setRoleKey}
          error={form.errors.roleKey}
        >
          <option value="">{t("board.steer.choose")}</option>
          {roles.data?.items.map((role) => (
            <option key={role.id} value={role.key}>
              {role.name[locale]}
            </option>
          ))}
        </SelectField>
      ) : (
        <SelectField
          label={t("board.steer.person")}
          name="personId"
          value={personId}
          onValueChange={setPersonId}
          error={form.errors.personId}
        >
          <option value="">{t("board.steer.choose")}</option>
          {people.data?.items.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </SelectField>
      )}
    </Form>
  );
});
