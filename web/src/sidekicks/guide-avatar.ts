import type { Guide } from '../../../src/core/wizard/definition';
import { avatarPreviewUrl } from './sidekick-api';

/**
 * The avatar image of a wizard's guide: the embedded generator's drawing of its `avatar_prompt` (public and
 * cacheable, so visitors of a public wizard see it too), or undefined for initials.
 */
export function guideAvatarUrl(guide: Pick<Guide, 'name' | 'avatar_prompt'>): string | undefined {
  return guide.avatar_prompt ? avatarPreviewUrl(guide.avatar_prompt, guide.name) : undefined;
}
