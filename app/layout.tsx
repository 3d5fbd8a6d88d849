import type { Metadata, Viewport } from "next";
import { CopyDelegate } from "@/components/copy-delegate";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { HeadScript } from "@/components/head-script";
import { OPENSEARCH_PATH } from "@/lib/opensearch/description";
import { StatusBanner } from "@/components/status-banner";
import { site } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(site.baseUrl),
  title: { default: site.name, template: `%s · ${site.name}` },
  description: site.tagline,
  applicationName: site.name,
  openGraph: { siteName: site.name, type: "website", locale: "en_US" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default function RootLayout({ children }: LayoutProps<"/">) {
  return (
    // The theme script sets data-theme before hydration; React must not treat that as a mismatch.
    <html lang="en" suppressHydrationWarning>
      <head>
        <HeadScript />
        {/* Lets a browser add the help center as a search engine, with suggestions (app/opensearch.xml). */}
        <link rel="search" type="application/opensearchdescription+xml" title={site.name} href={OPENSEARCH_PATH} />
      </head>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-blue-700 px-4 py-2 text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          Skip to content
        </a>
        <SiteHeader />
        <StatusBanner />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
        <CopyDelegate />
      </body>
    </html>
  );
}
