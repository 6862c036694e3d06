/**
 * Email extraction: written addresses anywhere in an utterance, and spoken ones
 * ("john dot smith at example dot com", "jane underscore doe at gmail.com").
 */

export interface EmailMatch {
  value: string;
  span: string;
  spoken: boolean;
}

const WRITTEN = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const SEP = String.raw`(?:\s+(?:dot|period|underscore|dash|hyphen|minus|plus)\s+|[._+-])`;
const WORD = String.raw`[a-z0-9]+`;
const DOMAIN_SEP = String.raw`(?:\s+(?:dot|period)\s+|\.)`;
const DOMAIN_WORD = String.raw`[a-z0-9](?:[a-z0-9-]*[a-z0-9])?`;
const SPOKEN = new RegExp(
  String.raw`\b(${WORD}(?:${SEP}${WORD})*)\s+(?:at|@)\s+(${DOMAIN_WORD}(?:${DOMAIN_SEP}${DOMAIN_WORD})*${DOMAIN_SEP}[a-z]{2,})\b`,
  'i',
);

function unspeak(s: string): string {
  return s
    .replace(/\s+(?:dot|period)\s+/gi, '.')
    .replace(/\s+underscore\s+/gi, '_')
    .replace(/\s+(?:dash|hyphen|minus)\s+/gi, '-')
    .replace(/\s+plus\s+/gi, '+')
    .replace(/\s+/g, '');
}

/**
 * Finds the first email address in `utterance`, written or spoken. Returns the address lowercased in the
 * domain (the local part keeps its case when written) or null.
 */
export function findEmail(utterance: string): EmailMatch | null {
  const written = WRITTEN.exec(utterance);
  if (written) {
    const [local, domain] = written[0].split('@') as [string, string];
    return { value: `${local}@${domain.toLowerCase()}`, span: written[0], spoken: false };
  }
  const spoken = SPOKEN.exec(utterance);
  if (spoken && spoken[1] && spoken[2]) {
    const local = unspeak(spoken[1]).toLowerCase();
    const domain = unspeak(spoken[2]).toLowerCase();
    if (['my', 'is', 'me', 'email', 'it'].includes(local)) return null;
    return { value: `${local}@${domain}`, span: spoken[0], spoken: true };
  }
  return null;
}
