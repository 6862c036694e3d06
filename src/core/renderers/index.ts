import { cardGridRenderer } from './card-grid.js';
import { chartRenderer } from './chart.js';
import { codeRenderer } from './code.js';
import { documentRenderer } from './document.js';
import { dropdownRenderer } from './dropdown.js';
import { imageRenderer } from './image.js';
import { jsonRenderer } from './json.js';
import type { RendererKind } from './kinds.js';
import { listRenderer } from './list.js';
import type { RendererModule } from './module.js';
import { tableRenderer } from './table.js';

/**
 * Output renderers (DESIGN.md "One registry per type key"): for each kind, the schema of the data it shows
 * and its text form for chat and voice. The reactor parses an action's output with the schema before it is
 * shown (a `renderer_output` event holds the parsed data); the player renders that data; the guide says
 * the text form.
 */

export { RENDERER_KINDS, RENDERER_LABELS, RendererKindSchema, type RendererKind } from './kinds.js';
export type { RendererModule } from './module.js';
export type { TableData } from './table.js';
export type { DropdownData } from './dropdown.js';
export type { CardGridData } from './card-grid.js';
export type { ListData } from './list.js';
export type { DocumentData } from './document.js';
export type { ImageData } from './image.js';
export type { CodeData } from './code.js';
export type { ChartData } from './chart.js';

/** Every renderer's module, by kind. */
export const RENDERERS: Record<RendererKind, RendererModule> = {
  table: tableRenderer as RendererModule,
  dropdown: dropdownRenderer as RendererModule,
  card_grid: cardGridRenderer as RendererModule,
  list: listRenderer as RendererModule,
  document: documentRenderer as RendererModule,
  image: imageRenderer as RendererModule,
  code: codeRenderer as RendererModule,
  chart: chartRenderer as RendererModule,
  json: jsonRenderer,
};

/** The outcome of parsing data for a renderer: the data it shows, or a message saying why it does not fit. */
export type RendererParse = { ok: true; data: unknown } | { ok: false; message: string };

/**
 * Parses `raw` (an action's output) into the data of renderer `kind`. Never throws: a misfit comes back as
 * `{ok: false, message}` naming the first problems ("rows.2.price: …").
 */
export function parseRendererData(kind: RendererKind, raw: unknown): RendererParse {
  const parsed = RENDERERS[kind].schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const problems = parsed.error.issues
    .slice(0, 3)
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message));
  return {
    ok: false,
    message: `it does not fit the ${kind.replace('_', ' ')} renderer (${problems.join('; ')})`,
  };
}

/**
 * What the guide says for an output ("Cities: Lyon, Paris and Nice."): the renderer's text form of the data,
 * parsed again first; data that does not parse (an old event) is described by its title only.
 */
export function rendererText(kind: RendererKind, data: unknown, title?: string): string {
  const parsed = RENDERERS[kind].schema.safeParse(data);
  if (!parsed.success) return title ? `${title}.` : 'Here is a result.';
  return RENDERERS[kind].text(parsed.data, title);
}
