import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiProblem } from '../api/problem';
import { useToast } from '../ui/toast-context';
import { useOpenBuilder } from './builder-link';
import {
  archiveWizard,
  cloneTemplate,
  cloneWizard,
  createBlankWizard,
  deleteWizard,
  type CreatedWizard,
} from './wizard-api';

/** The query key prefix of every wizard list page. */
export const WIZARDS_KEY = ['wizards'] as const;

/** A wizard an action applies to. */
export interface WizardRef {
  id: string;
  name: string;
}

/**
 * The wizard list's actions as TanStack Query mutations: create (a blank draft), clone, use a template, archive
 * and delete. Each refreshes the list; create and use-template open the new draft in the builder, clone
 * stays on the list and says so in a toast;
 * a refusal shows a toast with the server's detail. `mutateAsync` rejections are already reported: callers
 * may ignore them.
 */
export function useWizardActions() {
  const client = useQueryClient();
  const toast = useToast();
  const openBuilder = useOpenBuilder();
  const refresh = () => client.invalidateQueries({ queryKey: WIZARDS_KEY });
  const failed = (title: string) => (e: unknown) =>
    toast.show({ tone: 'danger', title, description: isApiProblem(e) ? e.detail : String(e) });
  const opened = async (wizard: CreatedWizard) => {
    await refresh();
    await openBuilder(wizard.id);
  };

  const create = useMutation({
    mutationFn: createBlankWizard,
    onSuccess: opened,
    onError: failed('The wizard could not be created'),
  });
  const fromTemplate = useMutation({
    mutationFn: (template: WizardRef) => cloneTemplate(template.id),
    onSuccess: opened,
    onError: (e, template) => failed(`${template.name} could not be copied`)(e),
  });
  const clone = useMutation({
    mutationFn: (wizard: WizardRef) => cloneWizard(wizard.id),
    onSuccess: async (copy) => {
      await refresh();
      toast.show({ tone: 'success', title: `${copy.name} created`, description: 'A new draft to edit.' });
    },
    onError: (e, wizard) => failed(`${wizard.name} could not be cloned`)(e),
  });
  const archive = useMutation({
    mutationFn: (wizard: WizardRef) => archiveWizard(wizard.id),
    onSuccess: async (_, wizard) => {
      await refresh();
      toast.show({
        tone: 'success',
        title: `${wizard.name} archived`,
        description: 'Find it under Archived.',
      });
    },
    onError: (e, wizard) => failed(`${wizard.name} could not be archived`)(e),
  });
  const remove = useMutation({
    mutationFn: (wizard: WizardRef) => deleteWizard(wizard.id),
    onSuccess: async (_, wizard) => {
      await refresh();
      toast.show({ tone: 'success', title: `${wizard.name} deleted` });
    },
    onError: (e, wizard) => failed(`${wizard.name} could not be deleted`)(e),
  });
  return { create, fromTemplate, clone, archive, remove };
}
