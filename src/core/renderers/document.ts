import { z } from 'zod';
import type { RendererModule } from './module.js';
import { isRecord, mcpText } from './shapes.js';
import { clip, firstText } from './text.js';

/** A document: Markdown text, rendered sanitised by the player. */
export const DocumentDataSchema = z.strictObject({ markdown: z.string().max(200_000) });
export type DocumentData = z.infer<typeof DocumentDataSchema>;

/** Accepts `{markdown}`, a string, an object's markdown/content/text/body, or an MCP result's text. */
function toDocument(raw: unknown): unknown {
  if (typeof raw === 'string') return { markdown: raw };
  if (isRecord(raw) && typeof raw.markdown === 'string') return raw;
  const text = mcpText(raw) ?? firstText(raw, ['content', 'text', 'body', 'document']);
  return text !== undefined ? { markdown: text } : raw;
}

/** Markdown as plain text for speech: code blocks, images, link targets, emphasis and headings' marks removed. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\|/g, ' ');
}

/** The document renderer. Text form: its title and its first 200 characters as plain text. */
export const documentRenderer: RendererModule<DocumentData> = {
  kind: 'document',
  schema: z.preprocess(toDocument, DocumentDataSchema),
  text({ markdown }, title) {
    const body = clip(markdownToText(markdown), 200);
    if (!body) return title ? `${title}: the document is empty.` : 'The document is empty.';
    return title ? `${title}: ${body}` : body;
  },
};
