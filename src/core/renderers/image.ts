import { z } from 'zod';
import type { RendererModule } from './module.js';
import { isRecord, mcpContent } from './shapes.js';
import { firstText } from './text.js';
import { dataUrl, ImageUrlSchema } from './urls.js';

/** An image: an http(s) or raster data URL, its alternative text and an optional caption. */
export const ImageDataSchema = z.strictObject({
  url: ImageUrlSchema,
  alt: z.string().max(500).default(''),
  caption: z.string().max(1000).optional(),
});
export type ImageData = z.infer<typeof ImageDataSchema>;

/** Accepts `{url, alt?, caption?}`, a URL string, an object's url/src/image_url/image, or an MCP image part. */
function toImage(raw: unknown): unknown {
  if (typeof raw === 'string') return { url: raw };
  const part = mcpContent(raw)?.find((p) => p.type === 'image');
  if (part) return { url: dataUrl(part.data, part.mimeType) ?? '', alt: '' };
  if (!isRecord(raw) || typeof raw.url === 'string') return raw;
  const url = firstText(raw, ['src', 'image_url', 'image', 'href']);
  const alt = firstText(raw, ['alt', 'description', 'title', 'name']);
  return url ? { url, ...(alt ? { alt } : {}) } : raw;
}

/** The image renderer. Text form: "Your avatar: a smiling robot." (the alternative text, else "an image"). */
export const imageRenderer: RendererModule<ImageData> = {
  kind: 'image',
  schema: z.preprocess(toImage, ImageDataSchema),
  text({ alt, caption }, title) {
    const what = caption || alt;
    if (title) return what ? `${title}: ${what}.` : `${title}: an image.`;
    return what ? `Here is an image: ${what}.` : 'Here is an image.';
  },
};
