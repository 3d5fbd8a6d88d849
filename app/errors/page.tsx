import type { Metadata } from "next";
import { ErrorsListing } from "@/components/errors-listing";

export const metadata: Metadata = {
  title: "Error codes",
  description: "Every HTTP status and platform error code the AIaaS API returns, what it means, and how to fix it.",
  alternates: { canonical: "/errors" },
};

/** Every code; past its first page, `/errors/page/<n>`. */
export default function ErrorsPage() {
  return <ErrorsListing page={1} />;
}
