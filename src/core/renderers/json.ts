import { z } from 'zod';
import type { RendererModule } from './module.js';
import { isRecord } from './shapes.js';
import { count, scalarText, spokenList } from './text.js';

/** JSON: any JSON value (shown collapsible), at most 1 MB as text. */
export const JsonDataSchema = z.unknown().superRefine((value, ctx) => {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (text === undefined) ctx.addIssue({ code: 'custom', message: 'is not JSON' });
  else if (text.length > 1_000_000) ctx.addIssue({ code: 'custom', message: 'is larger than 1 MB of JSON' });
});

/** The JSON renderer. Text form: "Here is the data: an object with id, name and tags." */
export const jsonRenderer: RendererModule<unknown> = {
  kind: 'json',
  schema: JsonDataSchema,
  text(value, title) {
    const what = Array.isArray(value)
      ? `a list of ${count(value.length, 'item')}`
      : isRecord(value)
        ? Object.keys(value).length === 0
          ? 'an empty object'
          : `an object with ${spokenList(Object.keys(value))}`
        : scalarText(value) || 'nothing';
    return `${title ?? 'Here is the data'}: ${what}.`;
  },
};
