import { loadDataFile } from "./data-file";
import type { Problem } from "./problems";
import { categoriesSchema, type Category } from "./schema";

export const CATEGORIES_FILE = "categories.yml";

/** Reads `categories.yml`: the categories' ids, names, descriptions and order are content, not code. */
export function loadCategories(dir: string): { categories: Category[]; problems: Problem[] } {
  const { file, data, problems } = loadDataFile(dir, CATEGORIES_FILE, categoriesSchema);
  if (!data) return { categories: [], problems };
  const seen = new Set<string>();
  data.forEach((category, index) => {
    if (seen.has(category.id)) problems.push({ file, field: `${index}.id`, message: `"${category.id}" is declared twice` });
    seen.add(category.id);
  });
  return { categories: data, problems };
}
