/**
 * `npm run -s insights:hash-password`: prints the scrypt hash of a staff password, for
 * `HELP_ADMIN_PASSWORD_HASH` (so the password itself need not sit in the server's environment).
 * Reads the password from standard input, never from the command line (which shells keep in their
 * history): typed at a prompt that does not echo, or piped (`printf %s "$PW" | npm run -s …`).
 */
import { createInterface } from "node:readline";
import { MIN_PASSWORD_LENGTH } from "../auth/config";
import { hashPassword } from "../auth/password";

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = "";
    for await (const chunk of process.stdin) text += String(chunk);
    return text.replace(/\r?\n$/, "");
  }
  const prompt = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  process.stderr.write("Staff password (not shown): ");
  // Swallow the echo of each key typed; the prompt above is already written.
  (prompt as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = () => undefined;
  const answer = await new Promise<string>((resolve) => prompt.question("", resolve));
  prompt.close();
  process.stderr.write("\n");
  return answer;
}

const password = await readPassword();
if ([...password].length < MIN_PASSWORD_LENGTH) {
  console.error(`A staff password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
  process.exit(1);
}
console.log(hashPassword(password));
