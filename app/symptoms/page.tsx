import type { Metadata } from "next";
import { SymptomsListing } from "@/components/symptoms-listing";

export const metadata: Metadata = {
  title: "Symptoms",
  description: "Everything the help center knows how to fix, in the words people use for it.",
  alternates: { canonical: "/symptoms" },
};

/** Every symptom; past its first page, `/symptoms/page/<n>`. */
export default function SymptomsPage() {
  return <SymptomsListing page={1} />;
}
