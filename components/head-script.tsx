/**
 * The one inline script, run in <head> before first paint, so none of it waits for React:
 * - marks the page `js`, so controls that need JavaScript show from the first paint (and stay
 *   hidden without it);
 * - applies the reader's chosen theme, so the other one never flashes;
 * - makes `/` (when not typing elsewhere) and Ctrl/Cmd+K focus the header search from the moment
 *   the page shows, not only once it has hydrated.
 * Keep it tiny and dependency-free.
 */
export const THEME_STORAGE_KEY = "theme";

const script = `(function(){
var d=document,r=d.documentElement;r.classList.add("js");
try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");if(t==="light"||t==="dark")r.dataset.theme=t}catch(e){}
d.addEventListener("keydown",function(e){var x=e.target,k=e.key,typing=x&&(x.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(x.tagName));
if((k==="/"&&!e.ctrlKey&&!e.metaKey&&!e.altKey&&!typing)||((e.ctrlKey||e.metaKey)&&(k==="k"||k==="K"))){var i=d.querySelector("header input[role=combobox]");if(i){e.preventDefault();i.focus();i.select()}}});
})()`;

export function HeadScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
