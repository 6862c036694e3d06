import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { formErrors, type FormErrors } from '../auth/form-errors';
import { ME_KEY } from '../auth/useAuth';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';
import { useToast } from '../ui/toast-context';
import { renameWorkspace } from './settings-api';

/** Renames the active workspace (admins and owners). */
export function WorkspaceNameForm({ name: current }: { name: string }) {
  const toast = useToast();
  const client = useQueryClient();
  const [name, setName] = useState(current);
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await renameWorkspace(name.trim());
      setErrors({ fields: {} });
      toast.show({ tone: 'success', title: `The workspace is now called ${name.trim()}` });
      await client.invalidateQueries({ queryKey: ME_KEY });
    } catch (e) {
      setErrors(formErrors(e, ['name']));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex max-w-xl items-end gap-3"
      aria-label="Rename the workspace"
    >
      <div className="flex-1">
        <TextField
          label="Workspace name"
          name="workspace_name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.fields.name ?? errors.general}
        />
      </div>
      <Button type="submit" disabled={busy || name.trim() === current || name.trim() === ''}>
        Rename
      </Button>
    </form>
  );
}
