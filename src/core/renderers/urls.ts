import { z } from 'zod';

/**
 * URLs a renderer may show. Images: http(s) or a base64 `data:image/…` URL of a raster format (no SVG: it
 * can carry script); links: http(s) only. Anything else (`javascript:`, `file:`, relative paths) is refused,
 * so an action's output can never make the player load or open something else.
 */
const RASTER = /^data:image\/(png|jpeg|jpg|gif|webp|avif|bmp);base64,[A-Za-z0-9+/=\s]+$/i;

/** True for an http(s) URL that parses. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** True for a URL an image may be loaded from (see the module comment). */
export function isImageUrl(text: string): boolean {
  return isHttpUrl(text) || RASTER.test(text);
}

/** An image URL (http(s) or a raster data URL), at most 5 MB of text. */
export const ImageUrlSchema = z
  .string()
  .max(5_000_000)
  .refine(isImageUrl, 'must be an http(s) URL or a data:image URL (PNG, JPEG, GIF, WebP, AVIF or BMP)');

/** A link URL (http(s)). */
export const LinkUrlSchema = z.string().max(4000).refine(isHttpUrl, 'must be an http(s) URL');

/** A data URL for base64 `data` of an image `mimeType` (MCP image content), or undefined if it is not one. */
export function dataUrl(data: unknown, mimeType: unknown): string | undefined {
  if (typeof data !== 'string' || typeof mimeType !== 'string') return undefined;
  const url = `data:${mimeType};base64,${data}`;
  return RASTER.test(url) ? url : undefined;
}
