/**
 * Personal data that has no place in stored signals: email addresses, phone numbers, IP addresses
 * of people (not loopback or private networks), and the user name in home-directory paths of a
 * stack trace. Request ids, hashes, model names, versions and timestamps are left alone.
 */
const EMAIL_MASK = "[email]";
const PHONE_MASK = "[phone]";
const IP_MASK = "[ip]";
const USER_MASK = "[user]";

// Local part and domain labels are runs of disjoint classes joined by single dots: linear.
const EMAIL = /(?<![A-Za-z0-9._%+…-])[A-Za-z0-9_%+-]{1,64}(?:\.[A-Za-z0-9_%+-]{1,64}){0,8}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;
// International numbers start with +; North American ones are (555) 123-4567 or 555-123-4567.
const PHONE_INTERNATIONAL = /(?<![\w+])\+[1-9][0-9 ().-]{6,20}[0-9](?![0-9])/g;
const PHONE_NORTH_AMERICA = /(?<![\w.-])(?:\([2-9][0-9]{2}\)[ ]?|[2-9][0-9]{2}[ .-])[2-9][0-9]{2}[ .-][0-9]{4}(?![\w-])/g;
const OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
const IPV4 = new RegExp(`(?<![\\w.])${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}(?![\\w]|\\.[0-9])`, "g");
const NOT_PERSONAL_IP = /^(?:127\.|0\.0\.0\.0$|10\.|192\.168\.|172\.(?:1[6-9]|2[0-9]|3[01])\.|255\.255\.255\.255$|169\.254\.)/;
const HOME = /(\/home\/|\/Users\/|[A-Za-z]:\\{1,2}Users\\{1,2})([^/\\\s"':]{1,64})/g;

function maskPhone(match: string): string {
  const digits = match.replace(/[^0-9]/g, "").length;
  return digits >= 8 && digits <= 15 ? PHONE_MASK : match;
}

export function maskPersonalData(text: string): string {
  return text
    .replace(EMAIL, EMAIL_MASK)
    .replace(PHONE_INTERNATIONAL, maskPhone)
    .replace(PHONE_NORTH_AMERICA, PHONE_MASK)
    .replace(IPV4, (match) => (NOT_PERSONAL_IP.test(match) ? match : IP_MASK))
    .replace(HOME, (_match, root: string) => `${root}${USER_MASK}`);
}
