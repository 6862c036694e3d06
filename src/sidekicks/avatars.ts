import { createHash } from 'node:crypto';
import { generateImage, type ImageModel } from 'ai';
import { drawAvatar } from './avatar-drawing.js';

/**
 * Avatars of sidekicks. With an image model for the tenant (see ImageModelFor: the tenant's OpenAI key), the
 * prompt is drawn by the AI SDK's `generateImage` as a square PNG; without one, or when the model fails, by
 * the embedded DiceBear generator (avatar-drawing.ts), deterministic and offline.
 */

/** An avatar image: its bytes, content type and ETag (sha256 hex of the bytes). */
export interface AvatarImage {
  data: Buffer;
  contentType: string;
  etag: string;
  /** `image-model` or `embedded`. */
  source: 'image-model' | 'embedded';
}

/** The image model a tenant's avatars are drawn with, or null for the embedded generator. */
export type ImageModelFor = (tenantId: string) => Promise<ImageModel | null>;

/** Where avatars report a failed image model (then the embedded generator draws). */
export interface AvatarLogger {
  warn(obj: object, msg: string): void;
}

/** Makes avatars (see the module comment). */
export class Avatars {
  constructor(
    private readonly imageModelFor: ImageModelFor = async () => null,
    private readonly log?: AvatarLogger,
  ) {}

  /**
   * The avatar for `prompt` (the embedded generator seeds an empty prompt with `fallbackSeed`, e.g. the
   * sidekick's name). Never throws for a failing image model: it falls back to the embedded generator.
   */
  async make(
    tenantId: string,
    prompt: string | null | undefined,
    fallbackSeed: string,
  ): Promise<AvatarImage> {
    const model = prompt?.trim() ? await this.imageModelFor(tenantId) : null;
    if (model && prompt) {
      try {
        const { image } = await generateImage({
          model,
          prompt: `A friendly square avatar portrait, centred, plain background: ${prompt}`,
          size: '1024x1024',
          maxRetries: 1,
          abortSignal: AbortSignal.timeout(60_000),
        });
        const data = Buffer.from(image.uint8Array);
        return { data, contentType: image.mediaType, etag: sha256(data), source: 'image-model' };
      } catch (error) {
        this.log?.warn(
          { err: error, tenantId },
          'image model failed; the embedded generator draws the avatar',
        );
      }
    }
    const drawn = drawAvatar(prompt, fallbackSeed);
    return { data: drawn.data, contentType: drawn.contentType, etag: drawn.etag, source: 'embedded' };
  }
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
