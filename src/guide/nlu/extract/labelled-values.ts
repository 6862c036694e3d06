import type { Field } from '../../../core/wizard/definition.js';
import { findNumberMentions } from './numbers.js';
import { escapeRegExp } from './normalize.js';
import type { Candidate } from './types.js';
import { isKnownWord } from './known-word.js';

/**
 * Values that name their field without a question: a number said right after a number field's label
 * ("temperature 1.2", "set the volume to seven"), and a code-like token shaped like the examples a text
 * field's hints give ("use gpt-4o-mini" for a field whose hints say "e.g. gpt-4o-mini, llama3.1").
 */

const NUMBER_TYPES = new Set<Field['type']>(['number', 'rating', 'slider']);
/** Words between a label and its number: "temperature of 0.5", "volume to 7", "depth: 3", "limit is 10". */
const LINK = String.raw`\s*(?:(?:is|of|at|to|=|:|should be|will be|be)\s*)?`;
/** A code-like token: letters and digits joined by hyphens or dots, or letters with digits ("llama3.1"). */
const CODE = /^(?=.*[a-z])(?=.*(?:\d|-))[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
const TOKEN =
  /(?<![\w@./-])[a-z0-9]+(?:[-.][a-z0-9]+)+(?![\w@/-]|\.\w)|(?<![\w@./-])[a-z]+\d[a-z0-9]*(?![\w@./-])/gi;

/** Words joined by hyphens that are all English words ("well-known", "state-of-the-art"): no code. */
const isPlainCompound = (token: string) =>
  !/\d/.test(token) && token.split(/[-.]/).every((part) => isKnownWord(part) || part.length <= 3);

const labels = (field: Field) =>
  [field.label, field.name.replace(/_/g, ' ')].map((p) => p.toLowerCase().trim()).filter((p) => p.length > 2);

/** Numbers said right after a number field's label, for fields not in `out` yet (see the module comment). */
export function labelledNumbers(utterance: string, fields: Field[], out: Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const numbers = findNumberMentions(utterance).filter((n) => !n.ordinal);
  for (const field of fields) {
    if (!NUMBER_TYPES.has(field.type) || out.some((c) => c.field === field.name)) continue;
    for (const label of labels(field)) {
      const re = new RegExp(`\\b${escapeRegExp(label)}${LINK}`, 'gi');
      const hit = [...utterance.matchAll(re)]
        .map((m) => numbers.find((n) => n.index === m.index + m[0].length))
        .find((n) => n !== undefined);
      if (!hit) continue;
      found.push({
        field: field.name,
        value: hit.value,
        confidence: 0.85,
        extractor: 'labelled-number',
        span: hit.span,
      });
      break;
    }
  }
  return found;
}

/** The code-like examples a field's hints give ("e.g. gpt-4o-mini, claude-3-5-haiku-latest" → both). */
export function codeExamples(field: Field): string[] {
  return (field.extraction_hints ?? [])
    .flatMap((h) =>
      h.replace(/^\s*(?:e\.g\.|eg|for example|like|such as)\s*/i, '').split(/\s*(?:,|\bor\b)\s*/),
    )
    .map((e) => e.trim().toLowerCase())
    .filter((e) => CODE.test(e));
}

/**
 * The one code-like token said, for the one text field whose hints give code-like examples (see the module
 * comment), not words joined by hyphens ("well-known"); none when several tokens or several such fields could take it.
 */
export function exampleShapedToken(utterance: string, fields: Field[], out: Candidate[]): Candidate[] {
  const takers = fields.filter((f) => (f.type === 'text' || f.type === 'textarea') && codeExamples(f).length);
  if (takers.length !== 1 || out.some((c) => c.field === takers[0]!.name)) return [];
  const tokens = [...utterance.matchAll(TOKEN)]
    .map((m) => m[0])
    .filter((t) => CODE.test(t.toLowerCase()) && !/^[\d.-]+$/.test(t) && !isPlainCompound(t));
  const unused = tokens.filter(
    (t) => !out.some((c) => typeof c.span === 'string' && c.span.toLowerCase().includes(t.toLowerCase())),
  );
  if (unused.length !== 1) return [];
  return [
    {
      field: takers[0]!.name,
      value: unused[0]!,
      confidence: 0.8,
      extractor: 'example-shape',
      span: unused[0]!,
    },
  ];
}
