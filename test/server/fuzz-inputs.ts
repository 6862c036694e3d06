/**
 * Inputs for the fuzz test (fuzz.test.ts): a plausible JSON body built from an OpenAPI schema, and bounded
 * sets of malformed variants of bodies, queries and path parameters.
 */

/** The part of an OpenAPI (JSON Schema) schema the generator reads. */
export interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  format?: string;
  minLength?: number;
  minItems?: number;
  minimum?: number;
  default?: unknown;
}

const UUID = '00000000-0000-4000-8000-000000000000';

/** A value that satisfies the simple parts of `schema` (types, enums, formats, minimums), `depth` levels at most. */
export function sampleOf(schema: Schema | undefined, depth = 0): unknown {
  if (!schema || depth > 6) return 'x';
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const choice = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (choice?.length) return sampleOf(choice.find((s) => s.type !== 'null') ?? choice[0], depth + 1);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string':
      if (schema.format === 'uuid') return UUID;
      if (schema.format === 'email') return 'fuzz@example.com';
      if (schema.format === 'uri') return 'https://example.com/hook';
      if (schema.format === 'date') return '2026-03-02';
      if (schema.format === 'date-time') return '2026-03-02T10:00:00Z';
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () =>
        sampleOf(schema.items, depth + 1),
      );
    case 'object':
    default:
      return Object.fromEntries(
        Object.entries(schema.properties ?? { name: { type: 'string' } }).map(([key, value]) => [
          key,
          sampleOf(value, depth + 1),
        ]),
      );
  }
}

/** `value` with every leaf that `match` accepts replaced by `replace(leaf)`. */
function mapLeaves(
  value: unknown,
  match: (leaf: unknown) => boolean,
  replace: (leaf: unknown) => unknown,
): unknown {
  if (Array.isArray(value)) return value.map((item) => mapLeaves(item, match, replace));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapLeaves(v, match, replace)]));
  return match(value) ? replace(value) : value;
}

/** `[[[…]]]`, `levels` deep, as JSON text. */
export function deeplyNested(levels: number): string {
  return `${'['.repeat(levels)}${']'.repeat(levels)}`;
}

/** `{"a": {"a": … {}}}`, `levels` deep. */
export function deepObject(levels: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

/** A malformed request body: what it is, and the payload with its Content-Type. */
export interface BodyVariant {
  what: string;
  payload: string | Buffer;
  contentType: string;
}

const json = (what: string, value: unknown): BodyVariant => ({
  what,
  payload: JSON.stringify(value),
  contentType: 'application/json',
});
const isString = (leaf: unknown) => typeof leaf === 'string';
const isNumber = (leaf: unknown) => typeof leaf === 'number';

/**
 * The malformed bodies sent to a route whose JSON body follows `schema` (`bodyLimit` bytes at most); the
 * mutations of leaves start from `sample` when given (a body the route accepts), else from sampleOf(schema).
 */
export function bodyVariants(
  schema: Schema | undefined,
  bodyLimit: number,
  sample = sampleOf(schema),
): BodyVariant[] {
  const keys = sample !== null && typeof sample === 'object' ? Object.keys(sample) : ['name'];
  const everyKey = (value: unknown) => Object.fromEntries(keys.map((k) => [k, value]));
  return [
    { what: 'bad JSON', payload: '{"name": "x",', contentType: 'application/json' },
    { what: 'an empty JSON body', payload: '', contentType: 'application/json' },
    json('a JSON array', [1, 2]),
    json('a JSON string', 'x'),
    json('null', null),
    json('wrong types: numbers', everyKey(12)),
    json('wrong types: objects', everyKey({ a: { b: [] } })),
    json('wrong types: arrays of nulls', everyKey([null, null])),
    json(
      'NUL bytes in every string',
      mapLeaves(sample, isString, (s) => `${String(s)}\u0000`),
    ),
    json(
      'lone surrogates in every string',
      mapLeaves(sample, isString, (s) => `${String(s)}\ud800`),
    ),
    json('a NUL byte in a key', { ...(sample as object), 'k\u0000': 1 }),
    json(
      'huge strings',
      mapLeaves(sample, isString, () => 'x'.repeat(200_000)),
    ),
    json(
      'huge numbers',
      mapLeaves(sample, isNumber, () => 1e308),
    ),
    json(
      'negative huge numbers',
      mapLeaves(sample, isNumber, () => -1e308),
    ),
    json(
      'unsafe integers',
      mapLeaves(sample, isNumber, () => 2 ** 60),
    ),
    json('deep nesting in every value', everyKey(JSON.parse(deeplyNested(3_000)))),
    json(
      'deep nesting at every leaf',
      mapLeaves(
        sample,
        () => true,
        () => JSON.parse(deeplyNested(3_000)),
      ),
    ),
    json(
      'deep objects at every leaf',
      mapLeaves(
        sample,
        () => true,
        () => deepObject(3_000),
      ),
    ),
    { what: 'deep nesting as the body', payload: deeplyNested(100_000), contentType: 'application/json' },
    {
      what: 'an oversize body',
      payload: JSON.stringify({ name: 'x'.repeat(bodyLimit) }),
      contentType: 'application/json',
    },
    { what: 'text/plain', payload: 'name=x', contentType: 'text/plain' },
    { what: 'a form body', payload: 'name=x&name=y', contentType: 'application/x-www-form-urlencoded' },
    {
      what: 'bad multipart',
      payload: '--b\r\nContent-Disposition: form-data; name="file"',
      contentType: 'multipart/form-data; boundary=b',
    },
    { what: 'multipart without a boundary', payload: 'x', contentType: 'multipart/form-data' },
  ];
}

/** Malformed values for every query parameter of a route (already percent-encoded). */
export const QUERY_VALUES: readonly string[] = [
  '%00',
  '%ED%A0%80',
  '%F0%28%8C%28',
  '%',
  'x'.repeat(5_000),
  '1e309',
  '-99999999999999999999999',
  '99999-01-01',
  '-1',
  'NaN',
  '%5B%5D',
];

/** Malformed values for a path parameter (already percent-encoded). */
export const PATH_VALUES: readonly string[] = [
  '%00',
  '%ED%A0%80',
  '%E0%A4%A',
  'x'.repeat(101),
  'x'.repeat(5_000),
  '..%2F..%2Fetc',
  '%27%3B%20drop%20table%20runs%3B--',
  '1e309',
  '-1',
];
