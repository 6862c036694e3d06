import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpProblem, type InvalidParam } from '../problem.js';

/** A NUL character or a UTF-16 surrogate without its partner: text PostgreSQL cannot store. */
const UNSTORABLE = new RegExp(
  String.raw`\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]`,
);
/** At most this many bad inputs are named in one problem. */
const MAX_NAMED = 10;
/** The deepest nesting of objects and arrays a request may send (a wizard definition needs about 40). */
export const MAX_INPUT_DEPTH = 64;

/** Why `text` cannot be stored (a NUL character, a lone surrogate), or undefined when it can. */
export function unstorableReason(text: string): string | undefined {
  const match = UNSTORABLE.exec(text);
  if (!match) return undefined;
  return match[0] === '\u0000'
    ? 'contains a NUL character (\\u0000), which cannot be stored'
    : 'contains a lone UTF-16 surrogate (not valid Unicode text)';
}

/**
 * Every input in a parsed JSON value that cannot be stored, named by its path (`body.values.email`; a bad
 * key names the object that holds it), at most MAX_NAMED: a string (value or key) with a NUL or a lone
 * surrogate, and an object or array nested deeper than MAX_INPUT_DEPTH (named once, not entered). Walks
 * without recursion, so any nesting is safe.
 */
export function unstorableInputs(value: unknown, root: string): InvalidParam[] {
  const found: InvalidParam[] = [];
  const stack: Array<[unknown, string, number]> = [[value, root, 0]];
  while (stack.length > 0 && found.length < MAX_NAMED) {
    const [current, path, depth] = stack.pop()!;
    if (typeof current === 'string') {
      const reason = unstorableReason(current);
      if (reason) found.push({ name: path, reason });
    } else if (current !== null && typeof current === 'object' && depth >= MAX_INPUT_DEPTH) {
      found.push({ name: path, reason: `is nested more than ${MAX_INPUT_DEPTH} levels deep` });
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => stack.push([item, `${path}.${index}`, depth + 1]));
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        const reason = unstorableReason(key);
        if (reason) found.push({ name: path, reason: `has a key that ${reason}` });
        else stack.push([item, `${path}.${key}`, depth + 1]);
      }
    }
  }
  return found.slice(0, MAX_NAMED);
}

/** Throws HttpProblem 400 naming `name` when `text` cannot be stored (for inputs outside body, query, params). */
export function assertStorableText(text: string, name: string): void {
  const reason = unstorableReason(text);
  if (reason) throw invalid([{ name, reason }]);
}

function invalid(params: InvalidParam[]): HttpProblem {
  return new HttpProblem(400, params.map((p) => `${p.name}: ${p.reason}`).join('; '), {
    invalid_params: params,
  });
}

/**
 * Refuses, before validation on every route, a request whose params, query or JSON body holds a string
 * PostgreSQL cannot store (a NUL character, a lone surrogate) or nests deeper than MAX_INPUT_DEPTH:
 * 400 problem+json naming each such field.
 */
async function storableInputPlugin(app: FastifyInstance): Promise<void> {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const params = [
      ...unstorableInputs(request.params, 'params'),
      ...unstorableInputs(request.query, 'query'),
      ...unstorableInputs(request.body, 'body'),
    ];
    if (params.length > 0) throw invalid(params);
  });
}

export default fp(storableInputPlugin, { name: 'storable-input' });
