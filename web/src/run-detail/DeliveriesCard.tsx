import { useQuery } from '@tanstack/react-query';
import { Card } from '../ui/Card';
import { DeliveryItem } from './DeliveryItem';
import { fetchRunDeliveries } from './detail-api';
import { useRedeliver } from './useRedeliver';

/**
 * The webhook deliveries of the run (admins): event, status, attempts (expandable) and "Redeliver" for a
 * finished delivery. A refused redelivery shows the server's detail.
 */
export function DeliveriesCard({ wizardId, runId }: { wizardId: string; runId: string }) {
  const key = ['runs', 'deliveries', runId];
  const deliveries = useQuery({ queryKey: key, queryFn: () => fetchRunDeliveries(wizardId, runId) });
  const again = useRedeliver(key);
  return (
    <Card padded={false} aria-labelledby="deliveries-heading">
      <h2 id="deliveries-heading" className="border-b border-line px-5 py-4 font-semibold">
        Webhook deliveries
      </h2>
      {deliveries.isPending ? (
        <p role="status" className="px-5 py-4 text-sm text-fg-muted">
          Loading deliveries…
        </p>
      ) : deliveries.isError ? (
        <p role="alert" className="px-5 py-4 text-sm text-danger">
          The deliveries could not be loaded: {deliveries.error.message}
        </p>
      ) : deliveries.data.length === 0 ? (
        <p className="px-5 py-4 text-sm text-fg-muted">
          No webhook deliveries for this run. Add a webhook endpoint to the wizard to receive its runs.
        </p>
      ) : (
        <ul className="divide-y divide-line">
          {deliveries.data.map((d) => (
            <DeliveryItem
              key={d.id}
              delivery={d}
              onRedeliver={(id) => again.mutate(id)}
              redelivering={again.isPending && again.variables === d.id}
            />
          ))}
        </ul>
      )}
    </Card>
  );
}
