import type { Root } from "hast";
import rehypeRaw from "rehype-raw";
import { EXIT, visit } from "unist-util-visit";
import type { VFile } from "vfile";

/**
 * rehype-raw, only for bodies that contain raw HTML. It re-parses the whole tree with parse5,
 * about a fifth of rendering time, and most articles have no HTML in them: at 10,000 articles
 * that is seconds of every content check and build for nothing.
 */
export function rehypeRawWhenPresent() {
  const transform = rehypeRaw();
  return (tree: Root, file: VFile) => {
    let present = false;
    visit(tree, "raw", () => {
      present = true;
      return EXIT;
    });
    return present ? transform(tree, file) : tree;
  };
}
