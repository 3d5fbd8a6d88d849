/** Every URL shape the site serves, built in one place so links, sitemaps and checks agree. */
export const articlePath = (slug: string) => `/articles/${slug}`;
export const categoryPath = (id: string) => `/categories/${id}`;

/** Pages that exist whatever the content: internal links to them are valid. */
export const STATIC_PATHS = ["/"] as const;
