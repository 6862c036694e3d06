import { useState } from 'react';
import { useFormSubmit } from '../auth/useFormSubmit';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';
import { WEBHOOK_EVENT_TYPES, type EndpointInput, type WebhookEventType } from './integrations-api';

/** What each webhook event means, for the event checkboxes. */
export const EVENT_LABELS: Record<WebhookEventType, string> = {
  'run.completed': 'A run is completed (all values)',
  'run.abandoned': 'A run is abandoned (partial values)',
  'run.step_completed': 'A step is completed (values so far)',
};

/**
 * The form that adds a webhook endpoint: its URL, the events it receives (run.completed by default) and an
 * optional description. A refused URL shows the server's reason under the field.
 */
export function EndpointForm({ onCreate }: { onCreate: (input: EndpointInput) => Promise<void> }) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>(['run.completed']);
  const submit = useFormSubmit(['body.url', 'body.events', 'body.description'], async () => {
    await onCreate({
      url: url.trim(),
      events,
      ...(description.trim() ? { description: description.trim() } : {}),
    });
    setUrl('');
    setDescription('');
  });
  const toggle = (event: WebhookEventType, on: boolean) =>
    setEvents((current) => (on ? [...current, event] : current.filter((e) => e !== event)));
  return (
    <form onSubmit={(e) => void submit.onSubmit(e)} className="space-y-4" aria-label="Add a webhook endpoint">
      <TextField
        label="Endpoint URL"
        type="url"
        required
        placeholder="https://example.com/hooks/guidepost"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        error={submit.errors.fields['body.url']}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Events</legend>
        {WEBHOOK_EVENT_TYPES.map((event) => (
          <label key={event} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              className="mt-0.5 size-4 accent-[var(--color-accent)]"
              checked={events.includes(event)}
              onChange={(e) => toggle(event, e.target.checked)}
            />
            <span>
              <code className="font-mono text-xs">{event}</code>{' '}
              <span className="text-fg-muted">— {EVENT_LABELS[event]}</span>
            </span>
          </label>
        ))}
        {submit.errors.fields['body.events'] && (
          <p className="text-sm text-danger">{submit.errors.fields['body.events']}</p>
        )}
      </fieldset>
      <TextField
        label="Description (optional)"
        value={description}
        maxLength={500}
        onChange={(e) => setDescription(e.target.value)}
      />
      {submit.errors.general && (
        <p role="alert" className="text-sm text-danger">
          {submit.errors.general}
        </p>
      )}
      <Button type="submit" disabled={submit.busy || events.length === 0 || url.trim() === ''}>
        {submit.busy ? 'Adding…' : 'Add endpoint'}
      </Button>
    </form>
  );
}
