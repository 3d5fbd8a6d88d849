import type { Metadata } from "next";
import { CategoryListing } from "@/components/category-listing";
import { getSite } from "@/lib/artifacts";
import { articlesInCategory, findCategory } from "@/lib/content/queries";
import { categoryLaterPageParams } from "@/lib/detail-page-routes";
import { laterPageMetadata } from "@/lib/listing-routes";
import { categoryList } from "@/lib/listings";

export const dynamicParams = false;

export async function generateStaticParams() {
  return categoryLaterPageParams();
}

export async function generateMetadata(props: PageProps<"/categories/[category]/page/[page]">): Promise<Metadata> {
  const { category: id, page } = await props.params;
  const content = await getSite();
  const category = findCategory(content, id);
  if (!category) return {};
  return laterPageMetadata(categoryList(category.id), articlesInCategory(content, category.id).length, page, category.name, category.description);
}

export default async function CategoryLaterPage(props: PageProps<"/categories/[category]/page/[page]">) {
  const { category, page } = await props.params;
  return <CategoryListing id={category} page={page} />;
}
