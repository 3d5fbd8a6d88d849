/**
 * Runs before first paint (inline in <head>): applies the reader's chosen theme, so the other one
 * never flashes, and marks the page `js`, so controls that need JavaScript (copy buttons, the
 * checklist) show from the first paint when it runs and stay hidden when it does not.
 * Keep it tiny and dependency-free.
 */
export const THEME_STORAGE_KEY = "theme";

export const themeScript = `document.documentElement.classList.add("js");try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: themeScript }} />;
}
