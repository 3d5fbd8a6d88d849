"use client";

/**
 * Copies text; falls back to a hidden textarea where the Clipboard API is missing or refused.
 * Never throws: a refusal comes back as false. Callers pass text already redacted (the support
 * request builders redact their output; ticket links are built from the content).
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    try {
      return document.execCommand("copy");
    } catch {
      // Refused too: the caller says "Copy failed: select the text and copy it yourself".
      return false;
    } finally {
      area.remove();
    }
  }
}

/**
 * Copies the text at a URL of this site. The clipboard is handed a promise of the text at once,
 * while the click still counts as the reader's gesture (Safari refuses a write made after an
 * await); where ClipboardItem is missing, the text is fetched first and copied the usual way.
 */
export async function copyFetched(url: string): Promise<boolean> {
  const text = fetch(url).then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))));
  try {
    if (typeof ClipboardItem === "undefined") throw new Error("no ClipboardItem");
    await navigator.clipboard.write([new ClipboardItem({ "text/plain": text.then((value) => new Blob([value], { type: "text/plain" })) })]);
    return true;
  } catch {
    try {
      return await copyToClipboard(await text);
    } catch {
      return false;
    }
  }
}
