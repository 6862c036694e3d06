import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { isApiProblem } from '../api/problem';
import { useToast } from '../ui/toast-context';
import { redeliver } from './detail-api';

/**
 * Sends a finished webhook delivery again (`mutate(deliveryId)`): a toast says it is queued, or shows the
 * server's detail when it is refused; the deliveries under `listKey` are reloaded.
 */
export function useRedeliver(listKey: QueryKey) {
  const client = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: redeliver,
    onSuccess: () => {
      toast.show({
        tone: 'success',
        title: 'Redelivery queued',
        description: 'A new series of attempts starts now.',
      });
      return client.invalidateQueries({ queryKey: listKey });
    },
    onError: (e) =>
      toast.show({
        tone: 'danger',
        title: 'The delivery could not be sent again',
        description: isApiProblem(e) ? e.detail : String(e),
      }),
  });
}
