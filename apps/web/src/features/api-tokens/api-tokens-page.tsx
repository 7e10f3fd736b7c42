import { routes, type ApiToken, type CreatedApiToken } from "@beredd/contracts";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/error-alert";
import { Loading } from "../../components/loading";
import { useNotice } from "../../components/notice-context";
import { PageHeader } from "../../components/page-header";
import { errorMessage } from "../../lib/problem-message";
import { routeQuery, useRouteMutation } from "../../lib/query";
import { AdminOnly } from "../session/admin-only";
import { CreateTokenForm } from "./create-token-form";
import { CreatedTokenPanel } from "./created-token-panel";
import { TokenItem } from "./token-item";

export function ApiTokensPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("apiTokens.title")} intro={t("apiTokens.intro")} />
      <AdminOnly>
        <ApiTokens />
      </AdminOnly>
    </>
  );
}

function ApiTokens() {
  const { t } = useTranslation();
  const { show } = useNotice();
  const tokens = useQuery(routeQuery(routes.apiTokens.list));
  const revoke = useRouteMutation(routes.apiTokens.revoke, {
    invalidates: [routes.apiTokens.list],
  });
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);

  const onRevoke = (token: ApiToken) => {
    setRevoking(token.id);
    revoke.mutateAsync({ params: { id: token.id } }).then(
      () => {
        setRevoking(null);
        show({ text: t("apiTokens.revokedNotice", { name: token.name }), focus: true });
      },
      (error: unknown) => {
        setRevoking(null);
        show({ tone: "error", text: errorMessage(t, error), focus: true });
      },
    );
  };

  const active = tokens.data?.items.filter((x) => x.revokedAt === null) ?? [];
  const revoked = tokens.data?.items.filter((x) => x.revokedAt !== null) ?? [];
  return (
    <div className="stack">
      {created ? (
        <CreatedTokenPanel token={created} onDone={() => setCreated(null)} />
      ) : (
        <CreateTokenForm onCreated={setCreated} />
      )}
      <section className="page-section" aria-labelledby="tokens-active">
        <h2 id="tokens-active">{t("apiTokens.activeTitle")}</h2>
        {tokens.isError && (
          <ErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} />
        )}
        {tokens.isPending && <Loading />}
        {tokens.data && active.length === 0 && <p>{t("apiTokens.none")}</p>}
        <ul className="person-list">
          {active.map((token) => (
            <TokenItem
              key={token.id}
              token={token}
              busy={revoking === token.id}
              onRevoke={onRevoke}
            />
          ))}
        </ul>
      </section>
      {revoked.length > 0 && (
        <section className="page-section" aria-labelledby="tokens-revoked">
          <h2 id="tokens-revoked">{t("apiTokens.revokedTitle")}</h2>
          <ul className="person-list">
            {revoked.map((token) => (
              <TokenItem key={token.id} token={token} busy={false} onRevoke={onRevoke} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
