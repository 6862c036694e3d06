import type { Field } from '../../../core/wizard/definition.js';
import type { TextMatch } from './names.js';

/**
 * A title said alone or in quotes ("Verifying Smart Contracts Without a PhD", 'my talk is called "WebAssembly
 * Outside the Browser"'): kept whole, small words, colons and lower case included. Pure.
 */

/** A field that holds a title by its own name or label ("talk_title", "Job title", "Title of your post"). */
export function isTitleField(field: Field): boolean {
  return /\btitle\b/i.test(`${field.name.replace(/_/g, ' ')} ${field.label}`);
}

const QUOTED = /["“”«»]([^"“”«»]{3,150})["“”«»]|(?:^|\s)['‘]([^'‘’]{3,150})['’](?=[\s,.;:!?]|$)/;

/** Lead-ins before a title: "my talk is called", "the title is", "it's titled", "title:". */
const LEAD =
  /^(?:(?:so|ok(?:ay)?|well|um+|uh+)[\s,]+)*(?:(?:(?:my|our|the) (?:\w+ )?(?:title|talk|session|workshop|post|article|paper|book) (?:is )?(?:called|named|titled)|(?:the |my |our )?(?:\w+ )?title(?: is|'s|:)|(?:it's|it is|it'll be|it will be|i'm calling it|we're calling it) (?:called|named|titled)|(?:called|titled|named)|title)\s*:?\s+)/i;

/** Openings of a sentence to the guide rather than a title: requests and first-person statements. */
const NOT_TITLE =
  /^(?:i|i'm|i'd|i'll|i've|we|we're|we'd|can|could|would|will|please|find|play|search|show|get|book|look|put|watch|listen|let's|is|are|do|does|yes|yeah|no|nope|nah|sure|ok(?:ay)?|sorry|not|maybe|hmm+|um+)\b/i;

/**
 * The title in `utterance`: a quoted run (0.92), or, after a lead-in ("the title is"), the whole line when it
 * is one sentence of 1–16 words that is no question, request or first-person statement (0.85 after a
 * lead-in, 0.83 alone). Null otherwise.
 */
export function wholeTitle(utterance: string): TextMatch | null {
  const said = utterance.trim();
  const quoted = QUOTED.exec(said);
  const inQuotes = (quoted?.[1] ?? quoted?.[2])?.trim();
  if (inQuotes)
    return { value: inQuotes, confidence: 0.92, extractor: 'quoted-title', span: quoted![0].trim() };
  const rest = said.replace(LEAD, '');
  const led = rest !== said;
  const line = rest.replace(/[.!]+$/, '').trim();
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 16 || /[?]/.test(line) || /[.!;]\s/.test(line)) return null;
  if (!led && NOT_TITLE.test(line)) return null;
  return { value: line, confidence: led ? 0.85 : 0.83, extractor: 'whole-title', span: said };
}
