import type { UseQueryResult } from "@tanstack/react-query";
import type { ComponentType, ReactNode } from "react";
import { ErrorAlert } from "./error-alert";
import { Loading } from "./loading";
import { PageHeader } from "./page-header";

export interface FormPageProps {
  title: string;
  /** What the form needs before it can be shown (the unit tree, the object being edited). */
  queries: readonly UseQueryResult[];
  /** Who may see the form (e.g. AdminOnly); the server refuses the write to anyone else too. */
  access?: ComponentType<{ children: ReactNode }>;
  /** Rendered once every query has its data. */
  children: () => ReactNode;
}

/** A page that is one form: the heading, then loading, a failed load with retry, or the form. */
export function FormPage({ title, queries, access: Access, children }: FormPageProps) {
  const failed = queries.filter((q) => q.isError);
  const body =
    failed.length > 0 ? (
      <ErrorAlert
        error={failed[0]?.error}
        onRetry={() => failed.forEach((q) => void q.refetch())}
      />
    ) : queries.some((q) => q.isPending) ? (
      <Loading />
    ) : (
      children()
    );
  return (
    <>
      <PageHeader title={title} />
      {Access ? <Access>{body}</Access> : body}
    </>
  );
}
