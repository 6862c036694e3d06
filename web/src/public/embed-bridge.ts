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

/**
 * Reports the height of the player's content (`#root`, CSS px) to an inline embed whenever it changes, so the
 * iframe fits its content, growing and shrinking (the document's own height never drops below the frame's).
 */
export function reportHeight(boot: PublicBootstrap): () => void {
  const root = document.getElementById('root');
  if (boot.mode !== 'inline' || !root) return () => undefined;
  let last = 0;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    postToParent(boot, { type: 'guidepost:resize', height });
  });
  observer.observe(root);
  return () => observer.disconnect();
}
