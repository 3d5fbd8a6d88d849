import type { Metadata } from "next";
import { ArticlesListing } from "@/components/articles-listing";

export const metadata: Metadata = {
  title: "All articles",
  description: "Every help center article with its symptoms, error codes and links to copy into tickets.",
  alternates: { canonical: "/articles" },
};

/** The catalogue support admins work from; past its first page, `/articles/page/<n>`. */
export default function ArticlesPage() {
  return <ArticlesListing page={1} />;
}
