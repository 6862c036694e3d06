import type { WizardDefinition } from '../../../src/core/wizard/definition';
import { useLocalRun, type LocalRunController } from '../player/useLocalRun';
import type { GuidePanelProps } from './GuidePanel';
import { useLocalGuide } from './useLocalGuide';

/** A preview guide's conversation in the shape `GuidePanel` takes; its name, subtitle and layout are the caller's. */
export type PreviewGuide = Pick<GuidePanelProps, 'messages' | 'pending' | 'sendMessage' | 'notice'>;

/** A wizard previewed in this browser: the local run and the conversation with its in-browser guide. */
export interface LocalPreview {
  run: LocalRunController;
  guide: PreviewGuide;
}

/**
 * A preview of `definition` with no server: a local run (`useLocalRun`) driven by the embedded guide
 * (`useLocalGuide`). The guide's notice says that nothing is saved, or why the guide could not start. Like
 * `useLocalRun`, it starts on mount; remount (change `key`) to start over.
 */
export function useLocalPreview(definition: WizardDefinition): LocalPreview {
  const run = useLocalRun(definition);
  const guide = useLocalGuide(run.handle);
  return {
    run,
    guide: {
      messages: guide.messages,
      pending: guide.pending,
      sendMessage: guide.sendMessage,
      notice: guide.error
        ? `The guide could not start: ${guide.error}`
        : 'Preview: runs in this browser only; nothing is saved.',
    },
  };
}
