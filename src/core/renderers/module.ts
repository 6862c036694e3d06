import type { z } from 'zod';
import type { RendererKind } from './kinds.js';

/**
 * One output renderer: the zod schema of the data it shows (its canonical shape: what the player renders),
 * which also accepts the common shapes actions return and turns them into that shape (a list of objects
 * becomes a table's columns and rows, a string becomes a document, …), and its short text form, what the
 * guide says in chat and voice ("Cities: Lyon, Paris and Nice.").
 */
export interface RendererModule<D = unknown> {
  kind: RendererKind;
  /** Parses an action's (picked) output into the renderer's data; a failed parse says why it does not fit. */
  schema: z.ZodType<D, unknown>;
  /** One or two short sentences for chat and voice. `title` is the output handling's title, if any. */
  text(data: D, title?: string): string;
}
