import { MASK } from "./mask";

const BEGIN = "-----BEGIN ";
const END = "-----END ";

/**
 * PEM private key blocks (`-----BEGIN RSA PRIVATE KEY-----` … `-----END …-----`), also when a JSON
 * string carries them on one line with `\n` escapes. Plain string search, one pass: a block with no
 * END (a cut-off paste) is masked to the end of the text.
 */
export function maskPrivateKeys(text: string): string {
  let out = "";
  let from = 0;
  for (;;) {
    const begin = text.indexOf(BEGIN, from);
    if (begin === -1) break;
    // The label is short ("OPENSSH PRIVATE KEY", "PGP PRIVATE KEY BLOCK"): look no further than that.
    const label = text.slice(begin + BEGIN.length, begin + BEGIN.length + 48);
    const labelEnd = label.indexOf("-----");
    const headerEnd = begin + BEGIN.length + labelEnd;
    if (labelEnd === -1 || !label.slice(0, labelEnd).includes("PRIVATE KEY")) {
      out += text.slice(from, begin + BEGIN.length);
      from = begin + BEGIN.length;
      continue;
    }
    const bodyStart = headerEnd + 5;
    const end = text.indexOf(END, bodyStart);
    const footerEnd = end === -1 ? -1 : text.indexOf("-----", end + END.length);
    out += `${text.slice(from, bodyStart)}${MASK}`;
    if (footerEnd === -1) return out;
    out += text.slice(end, footerEnd + 5);
    from = footerEnd + 5;
  }
  return out + text.slice(from);
}
