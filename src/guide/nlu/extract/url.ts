/**
 * URL extraction: `http(s)://…`, `www.…`, and bare domains with a known top-level domain ("acme.io",
 * "shop.example.co.uk/pricing"), written or spoken ("acme dot io"). Email addresses are not URLs.
 */

export interface UrlMatch {
  value: string;
  span: string;
}

const TLDS =
  'com|org|net|io|ai|co|dev|app|edu|gov|info|biz|me|tv|us|uk|de|fr|es|it|nl|eu|ca|au|in|jp|ch|se|no|dk|fi|be|at|ie|nz|xyz|tech|site|online|store|shop|cloud|so|sh|ly|gg|fm|to';
const SCHEME = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/i;
const WWW = /\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s<>"']*[^\s<>"'.,;:!?)])?/i;
const BARE = new RegExp(
  String.raw`(?<![@\w.-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:${TLDS}))(?![\w@-])(\/[^\s<>"']*[^\s<>"'.,;:!?)])?`,
  'i',
);
const SPOKEN = new RegExp(
  String.raw`\b((?:www\s+dot\s+)?[a-z0-9-]+(?:\s+dot\s+[a-z0-9-]+)*\s+dot\s+(?:${TLDS}))\b(?!\s+dot\b)`,
  'i',
);

/** Finds the first URL in `utterance`; returns it as written (spoken "dot" turned into "."), or null. */
export function findUrl(utterance: string): UrlMatch | null {
  for (const re of [SCHEME, WWW]) {
    const m = re.exec(utterance);
    if (m) return { value: m[0], span: m[0] };
  }
  const bare = BARE.exec(utterance);
  if (bare) {
    // "e.g" / "i.e" / "no.1" style abbreviations are not domains; require a letter-bearing label
    const value = bare[0];
    if (/[a-z]{2,}/i.test(value.split('.')[0] ?? '')) return { value: value.toLowerCase(), span: value };
  }
  const spoken = SPOKEN.exec(utterance);
  if (spoken && spoken[1] && !/\bat\s+$/i.test(utterance.slice(0, spoken.index))) {
    return { value: spoken[1].replace(/\s+dot\s+/gi, '.').toLowerCase(), span: spoken[0] };
  }
  return null;
}
