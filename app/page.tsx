import type { Metadata } from "next";
import Link from "next/link";
import { ArticleList } from "@/components/article-list";
import { CategoryGrid } from "@/components/category-grid";
import { Navigator } from "@/components/navigator";
import { PasteError } from "@/components/paste-error";
import { getSite } from "@/lib/artifacts";
import { navigatorGroups } from "@/lib/content/navigator";
import { personaGuides } from "@/lib/content/queries";
import { getPasteCatalogueUrl } from "@/lib/paste/server";
import { getSearchIndexUrl } from "@/lib/search/server";
import { site } from "@/lib/site";

export const metadata: Metadata = { alternates: { canonical: "/" } };

export default async function HomePage() {
  const content = await getSite();
  const counts = Object.fromEntries(
    content.categories.map((category) => [category.id, content.articles.filter((article) => article.category === category.id).length]),
  );

  return (
    <div className="space-y-14">
      <section aria-labelledby="home-title">
        <h1 id="home-title" className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">
          {site.name}
        </h1>
        <p className="mt-3 max-w-2xl text-lg text-slate-700 dark:text-slate-300">{site.tagline}</p>
      </section>

      <section aria-labelledby="start-title" id="start">
        <h2 id="start-title" className="mb-1 text-2xl font-semibold">
          What’s happening?
        </h2>
        <p className="mb-4 text-slate-600 dark:text-slate-400">Pick what you see. One more click takes you to the fix.</p>
        <Navigator groups={navigatorGroups(content)} />
      </section>

      <section aria-labelledby="paste-title" className="max-w-3xl">
        <h2 id="paste-title" className="text-2xl font-semibold">
          Or paste your error
        </h2>
        <PasteError catalogueUrl={await getPasteCatalogueUrl()} indexUrl={await getSearchIndexUrl()} />
      </section>

      <section aria-labelledby="categories-title" id="categories">
        <h2 id="categories-title" className="mb-4 text-2xl font-semibold">
          Browse by category
        </h2>
        <CategoryGrid categories={content.categories} counts={counts} />
      </section>

      <section aria-labelledby="guides-title">
        <h2 id="guides-title" className="mb-1 text-2xl font-semibold">
          Guides for your role
        </h2>
        <p className="mb-4 text-slate-600 dark:text-slate-400">
          What you can fix yourself, and when to ask your administrator. Nothing here helped?{" "}
          <Link prefetch={false} href="/articles/getting-help">Get help</Link>.
        </p>
        <ArticleList articles={personaGuides(content)} />
      </section>
    </div>
  );
}
