import type { MetadataRoute } from "next";
import { getContent } from "@/lib/content";
import { categoryPath } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";

export default function sitemap(): MetadataRoute.Sitemap {
  const content = getContent();
  return [
    { url: absoluteUrl("/"), changeFrequency: "weekly", priority: 1 },
    ...content.categories.map((category) => ({ url: absoluteUrl(categoryPath(category.id)), changeFrequency: "weekly" as const, priority: 0.6 })),
    ...content.articles.map((article) => ({
      url: absoluteUrl(article.url),
      lastModified: article.updated,
      changeFrequency: "monthly" as const,
      priority: article.type === "troubleshooting" ? 0.8 : 0.7,
    })),
  ];
}
