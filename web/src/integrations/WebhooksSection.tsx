import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiProblem } from '../api/problem';
import { DeliveryItem } from '../run-detail/DeliveryItem';
import { useRedeliver } from '../run-detail/useRedeliver';
import { SectionBody, SettingsSection } from '../settings/SettingsSection';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { SecretNotice } from '../ui/SecretNotice';
import { Toggle } from '../ui/Toggle';
import { useToast } from '../ui/toast-context';
import { EndpointForm } from './EndpointForm';
import {
  createEndpoint,
  deleteEndpoint,
  fetchEndpoints,
  fetchWizardDeliveries,
  rotateSecret,
  sendTestEvent,
  updateEndpoint,
  type Endpoint,
  type EndpointWithSecret,
} from './integrations-api';

/** How often the deliveries are reloaded while one is pending, in ms. */
const PENDING_POLL_MS = 2000;

/**
 * A wizard's webhooks: its endpoints (enable/disable, send a test event, rotate the signing secret, delete),
 * the form that adds one, the signing secret shown once after adding or rotating, and the latest deliveries
 * with each attempt and Redeliver.
 */
export function WebhooksSection({ wizardId }: { wizardId: string }) {
  const client = useQueryClient();
  const toast = useToast();
  const endpointsKey = ['wizards', wizardId, 'webhooks'];
  const deliveriesKey = ['wizards', wizardId, 'webhook-deliveries'];
  const endpoints = useQuery({ queryKey: endpointsKey, queryFn: () => fetchEndpoints(wizardId) });
  const deliveries = useQuery({
    queryKey: deliveriesKey,
    queryFn: () => fetchWizardDeliveries(wizardId),
    refetchInterval: (q) => (q.state.data?.some((d) => d.status === 'pending') ? PENDING_POLL_MS : false),
  });
  const [secret, setSecret] = useState<{ endpoint: EndpointWithSecret; rotated: boolean } | null>(null);
  const [deleting, setDeleting] = useState<Endpoint | null>(null);
  const again = useRedeliver(deliveriesKey);
  const fail = (title: string) => (e: unknown) =>
    toast.show({ tone: 'danger', title, description: isApiProblem(e) ? e.detail : String(e) });
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: endpointsKey }),
      client.invalidateQueries({ queryKey: deliveriesKey }),
    ]);

  const toggle = useMutation({
    mutationFn: (e: Endpoint) => updateEndpoint(wizardId, e.id, { enabled: !e.enabled }),
    onSuccess: refresh,
    onError: fail('The endpoint could not be changed'),
  });
  const test = useMutation({
    mutationFn: (e: Endpoint) => sendTestEvent(wizardId, e.id),
    onSuccess: () => {
      toast.show({ tone: 'success', title: 'Test event sent', description: 'Its delivery is listed below.' });
      return refresh();
    },
    onError: fail('The test event could not be sent'),
  });
  const rotate = useMutation({
    mutationFn: (e: Endpoint) => rotateSecret(wizardId, e.id),
    onSuccess: (endpoint) => {
      setSecret({ endpoint, rotated: true });
      return refresh();
    },
    onError: fail('The secret could not be rotated'),
  });
  const remove = useMutation({
    mutationFn: (e: Endpoint) => deleteEndpoint(wizardId, e.id),
    onSuccess: () => {
      setDeleting(null);
      return refresh();
    },
    onError: fail('The endpoint could not be deleted'),
  });
  const urlOf = new Map((endpoints.data ?? []).map((e) => [e.id, e.url]));

  return (
    <SettingsSection
      title="Webhooks"
      description="Receive runs as signed HTTP POSTs (Standard Webhooks). Failed deliveries are retried for 24 hours."
      aside={endpoints.data && <Badge>{endpoints.data.length}</Badge>}
    >
      <SectionBody>
        {secret && (
          <div className="mb-5">
            <SecretNotice
              region="New signing secret"
              title={secret.rotated ? 'New signing secret' : 'Endpoint added'}
              label="Signing secret"
              secret={secret.endpoint.secret}
              onDone={() => setSecret(null)}
            >
              <p className="text-sm text-fg-muted">
                Copy the signing secret of <span className="break-all">{secret.endpoint.url}</span> now: it is
                shown only once. Verify each request's <code className="font-mono">webhook-signature</code>{' '}
                with it.
              </p>
            </SecretNotice>
          </div>
        )}
        {endpoints.isPending ? (
          <p role="status" className="text-sm text-fg-muted">
            Loading endpoints…
          </p>
        ) : endpoints.isError ? (
          <p role="alert" className="text-sm text-danger">
            The endpoints could not be loaded: {endpoints.error.message}
          </p>
        ) : endpoints.data.length === 0 ? (
          <p className="text-sm text-fg-muted">No endpoints yet. Add one below.</p>
        ) : (
          <ul className="divide-y divide-line" aria-label="Webhook endpoints">
            {endpoints.data.map((e) => (
              <li key={e.id} className="space-y-2 py-3 first:pt-0">
                <div className="flex items-start justify-between gap-3">
                  <div className="min-w-0">
                    <p className="break-all font-mono text-sm">{e.url}</p>
                    {e.description && <p className="text-sm text-fg-muted">{e.description}</p>}
                    <div className="mt-1 flex flex-wrap gap-1">
                      {e.events.map((event) => (
                        <Badge key={event}>{event}</Badge>
                      ))}
                    </div>
                  </div>
                  <Toggle
                    checked={e.enabled}
                    aria-label={`${e.enabled ? 'Disable' : 'Enable'} ${e.url}`}
                    onChange={() => toggle.mutate(e)}
                  />
                </div>
                <div className="flex flex-wrap gap-2">
                  <Button
                    size="sm"
                    variant="secondary"
                    disabled={test.isPending}
                    onClick={() => test.mutate(e)}
                  >
                    Send test event
                  </Button>
                  <Button
                    size="sm"
                    variant="secondary"
                    disabled={rotate.isPending}
                    onClick={() => rotate.mutate(e)}
                  >
                    Rotate secret
                  </Button>
                  <Button size="sm" variant="ghost" onClick={() => setDeleting(e)}>
                    Delete
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </SectionBody>
      <SectionBody divided>
        <h3 className="mb-3 font-medium">Add an endpoint</h3>
        <EndpointForm
          onCreate={async (input) => {
            const created = await createEndpoint(wizardId, input);
            setSecret({ endpoint: created, rotated: false });
            await refresh();
          }}
        />
      </SectionBody>
      <div className="border-t border-line">
        <h3 className="px-5 pt-4 font-medium">Deliveries</h3>
        {deliveries.isPending ? (
          <p role="status" className="px-5 py-4 text-sm text-fg-muted">
            Loading deliveries…
          </p>
        ) : deliveries.isError ? (
          <p role="alert" className="px-5 py-4 text-sm text-danger">
            The deliveries could not be loaded: {deliveries.error.message}
          </p>
        ) : deliveries.data.length === 0 ? (
          <p className="px-5 py-4 text-sm text-fg-muted">No deliveries yet.</p>
        ) : (
          <ul className="divide-y divide-line" aria-label="Webhook deliveries">
            {deliveries.data.map((d, i) => (
              <DeliveryItem
                key={d.id}
                delivery={d}
                detail={urlOf.get(d.endpoint_id)}
                open={i === 0}
                onRedeliver={(id) => again.mutate(id)}
                redelivering={again.isPending && again.variables === d.id}
              />
            ))}
          </ul>
        )}
      </div>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this endpoint?"
        description={`${deleting?.url ?? ''} stops receiving events, and its deliveries are deleted.`}
        confirmLabel="Delete endpoint"
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onCancel={() => setDeleting(null)}
      />
    </SettingsSection>
  );
}
