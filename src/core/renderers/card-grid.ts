import { z } from 'zod';
import type { RendererModule } from './module.js';
import { isRecord, itemsOf, mcpContent } from './shapes.js';
import { firstText, introduce } from './text.js';
import { dataUrl, ImageUrlSchema, isHttpUrl, isImageUrl, LinkUrlSchema } from './urls.js';

const CardSchema = z.strictObject({
  title: z.string().min(1).max(500),
  subtitle: z.string().max(500).optional(),
  body: z.string().max(20_000).optional(),
  image_url: ImageUrlSchema.optional(),
  link_url: LinkUrlSchema.optional(),
});

/** A grid of cards, each with a title and optionally a subtitle, a body text, an image and a link. */
export const CardGridDataSchema = z.strictObject({ cards: z.array(CardSchema).max(200) });
export type CardGridData = z.infer<typeof CardGridDataSchema>;

function safe(url: string | undefined, check: (u: string) => boolean): string | undefined {
  return url && check(url) ? url : undefined;
}

function card(item: unknown, i: number): unknown {
  if (!isRecord(item)) return { title: `Item ${i + 1}`, body: String(item) };
  if ('title' in item && Object.keys(item).every((k) => k in CardSchema.shape)) return item;
  const title = firstText(item, ['title', 'name', 'label', 'heading']) ?? `Item ${i + 1}`;
  const subtitle = firstText(item, ['subtitle', 'category', 'type', 'price']);
  const body = firstText(item, ['body', 'description', 'summary', 'text', 'content']);
  const image = safe(firstText(item, ['image_url', 'image', 'thumbnail', 'picture', 'photo']), isImageUrl);
  const link = safe(firstText(item, ['link_url', 'url', 'link', 'href']), isHttpUrl);
  return {
    title,
    ...(subtitle ? { subtitle } : {}),
    ...(body ? { body } : {}),
    ...(image ? { image_url: image } : {}),
    ...(link ? { link_url: link } : {}),
  };
}

/**
 * Accepts `{cards: […]}`, a list of objects (title from title/name/label, body from description/text, image
 * and link from image/url when they are safe URLs), one object, a string, or an MCP tool result (a card per
 * text or image part).
 */
function toCards(raw: unknown): unknown {
  const parts = mcpContent(raw);
  if (parts)
    return {
      cards: parts.map((p, i) =>
        p.type === 'image' && dataUrl(p.data, p.mimeType)
          ? { title: `Image ${i + 1}`, image_url: dataUrl(p.data, p.mimeType) }
          : { title: parts.length === 1 ? 'Result' : `Result ${i + 1}`, body: p.text ?? JSON.stringify(p) },
      ),
    };
  const items = itemsOf(raw, ['cards', 'items', 'data', 'results']);
  if (items) return { cards: items.map(card) };
  if (typeof raw === 'string') return { cards: [{ title: 'Result', body: raw }] };
  if (isRecord(raw)) return { cards: [card(raw, 0)] };
  return raw;
}

/** The card grid renderer. Text form: "From the agent: Lyon and Paris." */
export const cardGridRenderer: RendererModule<CardGridData> = {
  kind: 'card_grid',
  schema: z.preprocess(toCards, CardGridDataSchema),
  text({ cards }, title) {
    if (cards.length === 1 && cards[0]!.body && /^(Result|Item \d+)$/.test(cards[0]!.title))
      return `${title ?? 'Here is the result'}: ${cards[0]!.body.slice(0, 200)}`;
    return introduce(
      title,
      cards.map((c) => c.title),
      'cards',
    );
  },
};
