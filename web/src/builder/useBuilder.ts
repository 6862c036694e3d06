import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { WizardDefinition } from '../../../src/core/wizard/definition';
import { parseWizardDefinition } from '../../../src/core/wizard/validate-definition';
import { Autosaver, type AutosaveSnapshot } from './autosave';
import { fetchWizard, saveDraft, type DraftProblem, type WizardDetail } from './builder-api';
import { indexProblems, mergeProblems, type ProblemIndex } from './problem-paths';

/** Milliseconds of quiet after the last edit before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 800;

/** The state and commands of the builder for one wizard. */
export interface Builder {
  /** The wizard as the server last answered (status, versions, latest version); undefined while loading. */
  wizard: WizardDetail | undefined;
  /** The loading failure, if any. */
  loadError: unknown;
  /** The draft being edited (ahead of the server while edits are unsaved). */
  draft: WizardDefinition | null;
  /** Applies an edit to the draft; it is saved after the quiet period. */
  edit: (update: (draft: WizardDefinition) => WizardDefinition) => void;
  save: AutosaveSnapshot;
  /** Saves now; resolves true when every edit is on the server. */
  flush: () => Promise<boolean>;
  /** Replaces the server's view of the wizard (after publishing). */
  setWizard: (wizard: WizardDetail) => void;
  /** Every problem of the draft: checked here at each edit, plus the server's when the draft is saved. */
  problems: DraftProblem[];
  index: ProblemIndex;
  /** The draft as a publishable definition, or null while it has problems (the preview needs one). */
  publishable: WizardDefinition | null;
  /** Archived wizards open read-only (the server refuses edits with 409). */
  readOnly: boolean;
}

/**
 * Loads a wizard (`GET /api/v1/wizards/:id`, TanStack Query key `['wizard', id]`), keeps its draft in memory,
 * autosaves each edit with `PUT /api/v1/wizards/:id` after {@link AUTOSAVE_DELAY_MS} of quiet, and checks the
 * draft with the engine's `parseWizardDefinition` at every edit for instant problems.
 */
export function useBuilder(wizardId: string): Builder {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ['wizard', wizardId], queryFn: () => fetchWizard(wizardId) });
  const [wizard, setWizardState] = useState<WizardDetail>();
  const [draft, setDraft] = useState<WizardDefinition | null>(null);
  const latest = useRef<WizardDefinition | null>(null);

  if (query.data && !wizard) {
    setWizardState(query.data);
    setDraft(query.data.draft);
  }
  useEffect(() => {
    latest.current ??= draft;
  }, [draft]);

  const setWizard = useCallback(
    (next: WizardDetail) => {
      setWizardState(next);
      queryClient.setQueryData(['wizard', wizardId], next);
    },
    [queryClient, wizardId],
  );

  const autosaver = useMemo(
    () =>
      new Autosaver<WizardDefinition>(
        async (value) => setWizard(await saveDraft(wizardId, value)),
        AUTOSAVE_DELAY_MS,
      ),
    [wizardId, setWizard],
  );
  useEffect(() => () => autosaver.dispose(), [autosaver]);
  const save = useSyncExternalStore(autosaver.subscribe, autosaver.getSnapshot);
  const flush = useCallback(() => autosaver.flush(), [autosaver]);

  const edit = useCallback(
    (update: (draft: WizardDefinition) => WizardDefinition) => {
      const current = latest.current;
      if (!current) return;
      const next = update(current);
      if (next === current) return;
      latest.current = next;
      setDraft(next);
      autosaver.edit(next);
    },
    [autosaver],
  );

  const parsed = useMemo(() => (draft ? parseWizardDefinition(draft) : null), [draft]);
  const problems = useMemo(
    () =>
      mergeProblems(
        parsed && !parsed.ok ? parsed.problems : [],
        wizard?.problems ?? [],
        save.status === 'saved',
      ),
    [parsed, wizard?.problems, save.status],
  );
  const index = useMemo(() => indexProblems(problems), [problems]);

  return {
    wizard,
    loadError: query.error,
    draft,
    edit,
    save,
    flush,
    setWizard,
    problems,
    index,
    publishable: parsed?.ok && problems.length === 0 ? parsed.definition : null,
    readOnly: wizard?.status === 'archived',
  };
}
