import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Image, Link, Text } from "mdast";
import type { ConversionNotes } from "../mdx/notes";
import type { ImagePlacer, LinkContext } from "./types";

/** Raster formats only: an SVG served from our origin could carry script. */
const COPYABLE = /\.(png|jpe?g|gif|webp|avif)$/i;
const MAX_BYTES = 5 * 1024 * 1024;

export interface ImageStoreOptions {
  /** The Markdown source folder (relative images are looked up there); none for Zendesk. */
  sourceRoot?: string;
  /** Where copies go (`public/imported/<into>`) and the URL path that serves them. */
  publicDir: string;
  publicPath: string;
}

/**
 * Places an article's images: a file next to the source is copied into `public/` under a name
 * made from its content (so a re-import finds it already there and writes nothing); an image on
 * another site becomes a link to it, because the Content-Security-Policy (`img-src 'self'`) would
 * block it on the page; an image that can be neither keeps its alt text. All of it is reported.
 */
export class ImageStore implements ImagePlacer {
  readonly written: string[] = [];

  constructor(private readonly options: ImageStoreOptions) {}

  place(node: Image, context: LinkContext, notes: ConversionNotes): Image | Link | Text {
    const url = node.url.trim();
    const alt = node.alt?.trim() || "image";
    if (/^data:/i.test(url)) {
      notes.add("inline data images dropped (alt text kept)", alt);
      return { type: "text", value: alt };
    }
    const local = /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url) ? undefined : this.findFile(url, context.sourceFile);
    if (local) {
      const copied = this.copy(local);
      if (copied) {
        notes.add("images copied to public/", path.basename(local));
        return { ...node, url: copied };
      }
    }
    const absolute = this.absolute(url, context);
    if (absolute) {
      notes.add("images on another site turned into links (the page allows only its own images)", absolute);
      return { type: "link", url: absolute, title: null, children: [{ type: "text", value: `Image: ${alt}` }] };
    }
    notes.add("images not found and no source origin known (alt text kept)", url);
    return { type: "text", value: alt };
  }

  private absolute(url: string, context: LinkContext): string | undefined {
    if (/^https?:\/\//i.test(url)) return url;
    if (url.startsWith("//")) return `https:${url}`;
    if (!context.origin) return undefined;
    try {
      return new URL(url, `${context.origin}${context.oldPath ?? "/"}`).href;
    } catch {
      return undefined;
    }
  }

  /** The image file the source means: beside the article, or under the site's static folder. */
  private findFile(url: string, sourceFile: string | undefined): string | undefined {
    const root = this.options.sourceRoot;
    if (!root) return undefined;
    let clean: string;
    try {
      clean = decodeURIComponent(url.split(/[?#]/)[0] ?? "");
    } catch {
      return undefined;
    }
    const candidates = clean.startsWith("/")
      ? [root, path.join(root, "static"), path.join(root, "public"), path.join(root, "..", "static"), path.join(root, "..", "public")].map((base) => path.join(base, clean))
      : [path.join(root, path.dirname(sourceFile ?? ""), clean)];
    return candidates.find((file) => {
      const inside = !path.relative(path.resolve(root, ".."), path.resolve(file)).startsWith("..");
      return inside && COPYABLE.test(file) && fs.existsSync(file) && fs.statSync(file).isFile() && fs.statSync(file).size <= MAX_BYTES;
    });
  }

  private copy(file: string): string | undefined {
    const bytes = fs.readFileSync(file);
    const name = `${crypto.createHash("sha256").update(bytes).digest("hex").slice(0, 10)}-${path.basename(file).toLowerCase().replace(/[^a-z0-9.-]+/g, "-")}`;
    const destination = path.join(this.options.publicDir, name);
    if (!fs.existsSync(destination)) {
      fs.mkdirSync(this.options.publicDir, { recursive: true });
      fs.writeFileSync(destination, bytes);
      this.written.push(destination);
    }
    return `${this.options.publicPath}/${name}`;
  }
}
