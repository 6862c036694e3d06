import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

import { predictCase, type EvalCase, type EvalPrediction } from '../src/guide/nlu/eval-runner.js';

/**
 * Per-class error table of the embedded guide on an SGD case file (see ../shared/eval/FORMAT.md): every
 * scored slot of every turn is classed by the kind of its value (boolean, number, date, time, name, other
 * select or text, "dontcare") and by where its expected value came from (said by the user in this turn,
 * offered by the agent and accepted, carried over from an earlier turn, or changed from an earlier value),
 * and counted as correct, wrong, missed or spurious. Matching follows score.mjs.
 *
 *   npx tsx bench/sgd-errors.ts [cases.jsonl] [--examples KIND/ORIGIN/OUTCOME] [--limit N]
 */

interface ScoredCase extends EvalCase {
  turns: Array<{ agent?: string; user: string; expected?: Record<string, string[]> }>;
}

/** The outcome of one scored slot. */
export type Outcome = 'correct' | 'wrong' | 'missed' | 'spurious';

/** One scored slot of one turn, classed. */
export interface SlotRecord {
  id: string;
  turn: number;
  field: string;
  kind: string;
  origin: string;
  outcome: Outcome;
  expected: string[];
  predicted: string;
  user: string;
  agent: string;
}

/** score.mjs's text normalisation: NFKD, no accents, apostrophes or punctuation, no leading article. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019`]/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:(?:the|a|an) )+(?=\S)/, '');
}

/** Levenshtein distance over code points (two rows). */
function distance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length]!;
}

const sortTokens = (s: string) => s.split(' ').filter(Boolean).sort().join(' ');

/** score.mjs's match: selects exact (trimmed, case-insensitive); text exact or token-sort similarity ≥ 0.9. */
export function matches(type: string, expected: string[], predicted: string): boolean {
  if (type === 'select')
    return expected.some((e) => e.trim().toLowerCase() === predicted.trim().toLowerCase());
  const p = normalizeText(predicted);
  return expected.some((e) => {
    const x = normalizeText(e);
    if (x === p) return true;
    const a = sortTokens(x);
    const b = sortTokens(p);
    const len = Math.max(a.length, b.length);
    return len === 0 || 1 - distance(a, b) / len >= 0.9;
  });
}

/** The kind of a field's values, from its type, options and name. */
export function slotKind(field: { name: string; type: string; options?: string[] }): string {
  const options = field.options ?? [];
  if (field.type === 'select') {
    if (options.some((o) => o === 'True') && options.some((o) => o === 'False')) return 'select:boolean';
    if (options.length > 0 && options.every((o) => /^\d+$/.test(o))) return 'select:number';
    return 'select:label';
  }
  if (field.type === 'date') return 'text:date';
  if (field.type === 'time') return 'text:time';
  if (/number|count|days|length/.test(field.name)) return 'text:number';
  if (/name|title|artist|director|album|starring|song/.test(field.name)) return 'text:name';
  if (/city|location|destination|area|origin|address/.test(field.name)) return 'text:place';
  return 'text:other';
}

function said(text: string | undefined, values: string[]): boolean {
  if (!text) return false;
  const t = ` ${normalizeText(text)} `;
  return values.some((v) => {
    const n = normalizeText(v);
    return n !== '' && t.includes(` ${n} `);
  });
}

/** Where an expected value came from in this turn. */
function originOf(
  values: string[],
  previous: string[] | undefined,
  turn: { agent?: string; user: string },
): string {
  if (values.includes('dontcare')) return previous?.includes('dontcare') ? 'carried' : 'dontcare';
  const same = previous !== undefined && previous.some((p) => values.includes(p));
  if (same) return said(turn.user, values) ? 'repeated' : 'carried';
  if (said(turn.user, values)) return previous ? 'changed' : 'user';
  if (said(turn.agent, values)) return previous ? 'changed-offered' : 'offered';
  return previous ? 'changed-implicit' : 'implicit';
}

/** Classes every scored slot of a case against its prediction. */
export function classify(c: ScoredCase, p: EvalPrediction): SlotRecord[] {
  const out: SlotRecord[] = [];
  const fields = new Map(c.schema.fields.map((f) => [f.name, f]));
  let before: Record<string, string[]> = {};
  let wasRight = new Set<string>();
  c.turns.forEach((turn, i) => {
    const right = new Set<string>();
    const expected = turn.expected ?? {};
    const predicted = p.turns[i]?.values ?? {};
    const names = new Set([...Object.keys(expected), ...Object.keys(predicted).filter((k) => predicted[k])]);
    for (const name of names) {
      const field = fields.get(name) ?? { name, type: 'text' };
      const want = expected[name];
      const got = predicted[name] ?? '';
      const outcome: Outcome = !want
        ? 'spurious'
        : got === ''
          ? 'missed'
          : matches(field.type === 'select' ? 'select' : 'text', want, got)
            ? 'correct'
            : 'wrong';
      if (outcome === 'correct') right.add(name);
      let origin = want ? originOf(want, before[name], turn) : before[name] ? 'dropped' : 'unasked';
      // A carried slot that was right on the turn before and is not now was lost this turn.
      if (origin === 'carried' && outcome !== 'correct' && wasRight.has(name)) origin = 'carried-lost';
      out.push({
        id: c.id,
        turn: i,
        field: name,
        kind: want?.includes('dontcare') ? 'dontcare' : slotKind(field),
        origin,
        outcome,
        expected: want ?? [],
        predicted: got,
        user: turn.user,
        agent: turn.agent ?? '',
      });
    }
    before = expected;
    wasRight = right;
  });
  return out;
}

function table(records: SlotRecord[], key: (r: SlotRecord) => string, title: string): void {
  const rows = new Map<string, Record<Outcome | 'n', number>>();
  for (const r of records) {
    const row = rows.get(key(r)) ?? { n: 0, correct: 0, wrong: 0, missed: 0, spurious: 0 };
    row.n++;
    row[r.outcome]++;
    rows.set(key(r), row);
  }
  console.log(
    `\n${title.padEnd(28)}${['n', 'correct', 'wrong', 'missed', 'spurious', 'errors'].map((h) => h.padStart(9)).join('')}`,
  );
  for (const [k, row] of [...rows].sort((a, b) => b[1].n - b[1].correct - (a[1].n - a[1].correct)))
    console.log(
      `${k.padEnd(28)}${[row.n, row.correct, row.wrong, row.missed, row.spurious, row.n - row.correct]
        .map((v) => String(v).padStart(9))
        .join('')}`,
    );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const examples = flag('--examples');
  const limit = Number(flag('--limit') ?? 15);
  const file = args[0] ?? new URL('../../shared/eval/sgd-dev.jsonl', import.meta.url).pathname;
  const cases = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as ScoredCase);
  const records: SlotRecord[] = [];
  for (const c of cases) records.push(...classify(c, await predictCase(c)));
  table(records, (r) => r.kind, 'value kind');
  table(records, (r) => r.origin, 'origin');
  table(records, (r) => `${r.kind} / ${r.origin}`, 'kind / origin');
  if (examples) {
    const [kind, origin, outcome] = examples.split('/');
    const picked = records.filter(
      (r) =>
        (!kind || r.kind === kind) &&
        (!origin || r.origin === origin) &&
        (!outcome ? r.outcome !== 'correct' : r.outcome === outcome),
    );
    console.log(`\n${picked.length} examples of ${examples}:`);
    for (const r of picked.slice(0, limit))
      console.log(
        `- ${r.id}#${r.turn} ${r.field} ${r.outcome}: want ${JSON.stringify(r.expected)} got ${JSON.stringify(r.predicted)}\n` +
          `    agent: ${r.agent}\n    user:  ${r.user}`,
      );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
