import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageHeader } from "../components/page-header";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("notFound.title")} intro={t("notFound.text")} />
      <p>
        <Link to="/" className="button button-primary">
          {t("notFound.home")}
        </Link>
      </p>
    </>
  );
}
