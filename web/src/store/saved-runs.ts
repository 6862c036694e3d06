import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchSavedRuns, RUNS_KEY, SAVED_KEY, saveRun, unsaveRun, type SavedRun } from '../run-list/runs-api';

/** The caller's starred runs (shared query: the list, the detail page and the store read the same data). */
export function useSavedRuns(enabled = true) {
  return useQuery({ queryKey: SAVED_KEY, queryFn: fetchSavedRuns, enabled });
}

/**
 * Star/unstar mutations: `save({runId, note})` stars a run or replaces its note, `unsave(runId)` unstars it.
 * Both refresh the saved runs (and the runs lists' star markers) and throw ApiProblem on refusal.
 */
export function useSavedRunMutations() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: RUNS_KEY });
  const save = useMutation({
    mutationFn: ({ runId, note }: { runId: string; note: string }) => saveRun(runId, note),
    onSuccess: (saved) => {
      client.setQueryData<SavedRun[]>(SAVED_KEY, (all) =>
        all?.some((s) => s.run.id === saved.run.id)
          ? all.map((s) => (s.run.id === saved.run.id ? saved : s))
          : [saved, ...(all ?? [])],
      );
      return refresh();
    },
  });
  const unsave = useMutation({
    mutationFn: (runId: string) => unsaveRun(runId),
    onSuccess: (_, runId) => {
      client.setQueryData<SavedRun[]>(SAVED_KEY, (all) => all?.filter((s) => s.run.id !== runId));
      return refresh();
    },
  });
  return { save, unsave };
}
