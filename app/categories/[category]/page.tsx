import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/article-list";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { getSite } from "@/lib/artifacts";
import { articlesInCategory, findCategory } from "@/lib/content/queries";
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

export default async function CategoryPage(props: PageProps<"/categories/[category]">) {
  const { category: id } = await props.params;
  const content = await getSite();
  const category = findCategory(content, id);
  if (!category) notFound();
  const articles = articlesInCategory(content, category.id);

  return (
    <>
      <Breadcrumbs trail={[{ name: "Home", href: "/" }, { name: category.name }]} />
      <h1 className="text-3xl font-bold tracking-tight">{category.name}</h1>
      <p className="mt-2 mb-8 text-lg text-slate-700 dark:text-slate-300">{category.description}</p>
      <ArticleList articles={articles} headingLevel={2} />
    </>
  );
}
