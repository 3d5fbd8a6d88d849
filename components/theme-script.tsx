/**
 * Runs before first paint (inline in <head>) so a reader who chose a theme never sees the other
 * one flash. Keep it tiny and dependency-free; the CSP allows it by its hash.
 */
export const THEME_STORAGE_KEY = "theme";

export const themeScript = `try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: themeScript }} />;
}
