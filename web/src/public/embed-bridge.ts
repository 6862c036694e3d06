import type { EmbedMessage, PublicBootstrap } from '../../../src/core/public-page';

type Outgoing = EmbedMessage extends infer M ? (M extends EmbedMessage ? Omit<M, 'wizard'> : never) : never;

/**
 * Posts a message to the embedding page, to its origin only, when the player runs inside an allowed embed
 * (`parent_origin` is set only for the wizard's allowed origins); does nothing on the public page itself.
 */
export function postToParent(boot: PublicBootstrap, message: Outgoing): void {
  if (boot.mode === 'page' || !boot.parent_origin || window.parent === window) return;
  window.parent.postMessage(
    { ...message, wizard: `${boot.tenant.slug}/${boot.wizard.slug}` },
    boot.parent_origin,
  );
}

/** Reports the page's height to an inline embed whenever it changes, so the iframe fits its content. */
export function reportHeight(boot: PublicBootstrap): () => void {
  if (boot.mode !== 'inline') return () => undefined;
  let last = 0;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height === last) return;
    last = height;
    postToParent(boot, { type: 'guidepost:resize', height });
  });
  observer.observe(document.body);
  return () => observer.disconnect();
}
