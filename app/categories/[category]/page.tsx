import type { Metadata } from "next";
import { CategoryListing } from "@/components/category-listing";
import { getSite } from "@/lib/artifacts";
import { findCategory } from "@/lib/content/queries";
import { categoryPath } from "@/lib/routes";

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getSite()).categories.map((category) => ({ category: category.id }));
}

export async function generateMetadata(props: PageProps<"/categories/[category]">): Promise<Metadata> {
  const { category: id } = await props.params;
  const category = findCategory((await getSite()), id);
  if (!category) return {};
  return {
    title: category.name,
    description: category.description,
    alternates: { canonical: categoryPath(category.id) },
    openGraph: { title: category.name, description: category.description, url: categoryPath(category.id) },
  };
}

/** A category's articles; past its first page, `/categories/<id>/page/<n>`. */
export default async function CategoryPage(props: PageProps<"/categories/[category]">) {
  return <CategoryListing id={(await props.params).category} page={1} />;
}
