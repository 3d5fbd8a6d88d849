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
