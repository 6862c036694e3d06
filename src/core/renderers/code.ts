import { z } from 'zod';
import type { RendererModule } from './module.js';
import { isRecord, mcpText } from './shapes.js';
import { count } from './text.js';

/** Code: its text and its language (a highlight.js name such as `javascript`, `json`, `python`; optional). */
export const CodeDataSchema = z.strictObject({
  code: z.string().max(200_000),
  language: z
    .string()
    .regex(/^[a-z0-9+#-]{1,40}$/, 'must be a language name such as javascript or python')
    .optional(),
});
export type CodeData = z.infer<typeof CodeDataSchema>;

/** Accepts `{code, language?}`, a string, an MCP result's text, or any other JSON (shown as JSON). */
function toCode(raw: unknown): unknown {
  if (typeof raw === 'string') return { code: raw };
  if (isRecord(raw) && typeof raw.code === 'string') return raw;
  const text = mcpText(raw);
  if (text !== undefined) return { code: text };
  return raw === undefined ? raw : { code: JSON.stringify(raw, null, 2), language: 'json' };
}

/** The code renderer. Text form: "Here is some Python code, 12 lines." */
export const codeRenderer: RendererModule<CodeData> = {
  kind: 'code',
  schema: z.preprocess(toCode, CodeDataSchema),
  text({ code, language }, title) {
    const lines = count(code.split('\n').length, 'line');
    const what = language ? `${language[0]!.toUpperCase()}${language.slice(1)} code` : 'code';
    return title ? `${title}: ${what}, ${lines}.` : `Here is some ${what}, ${lines}.`;
  },
};
