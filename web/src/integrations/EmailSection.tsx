import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { isApiProblem } from '../api/problem';
import { formatDateTime } from '../run-list/format';
import { SectionBody, SettingsSection } from '../settings/SettingsSection';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { controlClass } from '../ui/Input';
import { TextField } from '../ui/TextField';
import { Toggle } from '../ui/Toggle';
import { useToast } from '../ui/toast-context';
import {
  fetchNotifications,
  removeEmail,
  saveEmail,
  sendTestEmail,
  type NotificationOverview,
} from './integrations-api';

/** The subject a new completion email starts with. */
const DEFAULT_SUBJECT = 'New run of {{ wizard.name }}';

/** Addresses typed one per line or separated by commas or spaces. */
export function parseRecipients(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((r) => r.trim())
    .filter(Boolean);
}

/** The completion email form, filled from the saved setting. */
function EmailForm({ wizardId, overview }: { wizardId: string; overview: NotificationOverview }) {
  const client = useQueryClient();
  const toast = useToast();
  const id = useId();
  const [enabled, setEnabled] = useState(overview.email?.enabled ?? true);
  const [recipients, setRecipients] = useState(overview.email?.recipients.join('\n') ?? '');
  const [subject, setSubject] = useState(overview.email?.subject ?? DEFAULT_SUBJECT);
  const key = ['wizards', wizardId, 'notifications'];
  const problem = (e: unknown) => (isApiProblem(e) ? e.detail : String(e));
  const save = useMutation({
    mutationFn: () => saveEmail(wizardId, { enabled, recipients: parseRecipients(recipients), subject }),
    onSuccess: () => {
      toast.show({ tone: 'success', title: 'Completion email saved' });
      return client.invalidateQueries({ queryKey: key });
    },
  });
  const test = useMutation({
    mutationFn: () => sendTestEmail(wizardId),
    onSuccess: (r) =>
      toast.show({ tone: 'success', title: 'Test email sent', description: `To ${r.accepted.join(', ')}` }),
    onError: (e) =>
      toast.show({ tone: 'danger', title: 'The test email was not sent', description: problem(e) }),
  });
  const remove = useMutation({
    mutationFn: () => removeEmail(wizardId),
    onSuccess: () => {
      setRecipients('');
      setSubject(DEFAULT_SUBJECT);
      return client.invalidateQueries({ queryKey: key });
    },
    onError: (e) =>
      toast.show({ tone: 'danger', title: 'The email could not be removed', description: problem(e) }),
  });
  return (
    <form
      aria-label="Completion email"
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <div className="flex items-center justify-between gap-3">
        <span id={`${id}-on`} className="text-sm font-medium">
          Email when a run is completed
        </span>
        <Toggle checked={enabled} onChange={setEnabled} aria-labelledby={`${id}-on`} />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-to`} className="text-sm font-medium">
          Recipients
        </label>
        <p id={`${id}-to-hint`} className="text-xs text-fg-muted">
          One address per line, or separated by commas (at most 20).
        </p>
        <textarea
          id={`${id}-to`}
          aria-describedby={`${id}-to-hint`}
          rows={3}
          required
          value={recipients}
          onChange={(e) => setRecipients(e.target.value)}
          placeholder="sales@example.com"
          className={`${controlClass} h-auto py-2`}
        />
      </div>
      <TextField
        label="Subject"
        description="Use {{ wizard.name }}, {{ values.<field name> }} or {{ run.id }}."
        required
        maxLength={300}
        value={subject}
        onChange={(e) => setSubject(e.target.value)}
      />
      {save.isError && (
        <p role="alert" className="text-sm text-danger">
          {problem(save.error)}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save'}
        </Button>
        <Button
          variant="secondary"
          disabled={!overview.email || !overview.smtp_configured || test.isPending}
          title={!overview.email ? 'Save the email first' : undefined}
          onClick={() => test.mutate()}
        >
          Send test email
        </Button>
        {overview.email && (
          <Button variant="ghost" disabled={remove.isPending} onClick={() => remove.mutate()}>
            Remove
          </Button>
        )}
      </div>
    </form>
  );
}

/**
 * A wizard's completion email: whether SMTP is configured, the form (on/off, recipients, subject), a test
 * email, and the latest emails sent with their outcome.
 */
export function EmailSection({ wizardId }: { wizardId: string }) {
  const overview = useQuery({
    queryKey: ['wizards', wizardId, 'notifications'],
    queryFn: () => fetchNotifications(wizardId),
  });
  return (
    <SettingsSection
      title="Email notifications"
      description="Email the people who follow up on each completed run, with its answers and a link to it."
    >
      {overview.isPending ? (
        <SectionBody>
          <p role="status" className="text-sm text-fg-muted">
            Loading…
          </p>
        </SectionBody>
      ) : overview.isError ? (
        <SectionBody>
          <p role="alert" className="text-sm text-danger">
            The email settings could not be loaded: {overview.error.message}
          </p>
        </SectionBody>
      ) : (
        <>
          {!overview.data.smtp_configured && (
            <SectionBody>
              <p role="note" className="rounded-lg bg-warning-soft p-3 text-sm">
                Email is off on this server: its operator sets <code className="font-mono">SMTP_HOST</code>{' '}
                and <code className="font-mono">SMTP_FROM</code> (see the README). Settings saved here apply
                once it is on.
              </p>
            </SectionBody>
          )}
          <SectionBody divided={!overview.data.smtp_configured}>
            <EmailForm
              key={overview.data.email?.updated_at ?? 'new'}
              wizardId={wizardId}
              overview={overview.data}
            />
          </SectionBody>
          <SectionBody divided>
            <h3 className="mb-2 font-medium">Sent emails</h3>
            {overview.data.recent.length === 0 ? (
              <p className="text-sm text-fg-muted">No completion email sent yet.</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {overview.data.recent.map((m) => (
                  <li key={`${m.run_id}-${m.created_at}`} className="flex flex-wrap items-center gap-2">
                    <Badge tone={m.status === 'sent' ? 'success' : 'danger'}>
                      {m.status === 'sent' ? 'Sent' : 'Failed'}
                    </Badge>
                    <span className="min-w-0 flex-1 break-words">{m.subject}</span>
                    <time dateTime={m.created_at} className="text-xs text-fg-muted">
                      {formatDateTime(m.created_at)}
                    </time>
                    {m.error && <span className="w-full text-xs text-danger">{m.error}</span>}
                  </li>
                ))}
              </ul>
            )}
          </SectionBody>
        </>
      )}
    </SettingsSection>
  );
}
