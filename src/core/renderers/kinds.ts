import { z } from 'zod';

/** The output renderers (the seed's list): how an action's output is shown in the player and said by the guide. */
export const RENDERER_KINDS = [
  'table',
  'dropdown',
  'card_grid',
  'list',
  'document',
  'image',
  'code',
  'chart',
  'json',
] as const;
export const RendererKindSchema = z.enum(RENDERER_KINDS);
export type RendererKind = z.infer<typeof RendererKindSchema>;

/** What people read for each renderer kind (builder menus, the run timeline). */
export const RENDERER_LABELS: Record<RendererKind, string> = {
  table: 'Table',
  dropdown: 'Dropdown',
  card_grid: 'Card grid',
  list: 'List',
  document: 'Document (Markdown)',
  image: 'Image',
  code: 'Code',
  chart: 'Chart',
  json: 'JSON',
};
