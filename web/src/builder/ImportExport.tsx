import { useRef, useState } from 'react';
import type { WizardDefinition } from '../../../src/core/wizard/definition';
import { importWizard } from '../../../src/core/wizard/wizard-file';
import { isApiProblem } from '../api/problem';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useToast } from '../ui/toast-context';
import type { DraftProblem } from './builder-api';
import { exportWizardFile } from './builder-api';
import { DownloadIcon, UploadIcon } from './icons';

export interface ImportButtonProps {
  /** Replaces the draft with the imported wizard. */
  onImport: (definition: WizardDefinition) => void;
  /** Shows the problems of a file that cannot be imported (empty to clear them). */
  onProblems: (file: string, problems: DraftProblem[]) => void;
  disabled?: boolean;
}

/**
 * "Import JSON": picks a wizard file, reads it with the engine's wizard-file import (`importWizard`), and
 * after a confirmation replaces the draft with it; a file with problems is refused and every problem listed.
 */
export function ImportButton({ onImport, onProblems, disabled }: ImportButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ file: string; definition: WizardDefinition }>();

  async function onFile(file: File) {
    const result = importWizard(await file.text());
    if (!result.ok) {
      onProblems(file.name, result.problems);
      return;
    }
    onProblems(file.name, []);
    setPending({ file: file.name, definition: result.definition });
  }

  return (
    <>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="sr-only"
        tabIndex={-1}
        aria-label="Wizard file to import"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void onFile(file);
        }}
      />
      <Button
        variant="secondary"
        size="sm"
        icon={<UploadIcon />}
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        Import JSON
      </Button>
      <ConfirmDialog
        open={pending !== undefined}
        tone="primary"
        title={`Replace the draft with “${pending?.definition.name ?? ''}”?`}
        description={`The draft's steps, fields and settings are replaced by those of ${pending?.file ?? 'the file'}. Published versions are not affected.`}
        confirmLabel="Replace draft"
        onCancel={() => setPending(undefined)}
        onConfirm={() => {
          if (pending) onImport(pending.definition);
          setPending(undefined);
        }}
      />
    </>
  );
}

/**
 * "Export JSON": saves pending edits, then downloads the saved draft as a wizard file
 * (`GET /api/v1/wizards/:id/export`) named `<slug>.json`.
 */
export function ExportButton({
  wizardId,
  slug,
  flush,
}: {
  wizardId: string;
  slug: string;
  flush: () => Promise<boolean>;
}) {
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  async function download() {
    setBusy(true);
    try {
      await flush();
      const text = await exportWizardFile(wizardId);
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `${slug || 'wizard'}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) {
      toast.show({
        tone: 'danger',
        title: 'Export failed',
        description: isApiProblem(e) ? e.detail : String(e),
      });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button
      variant="secondary"
      size="sm"
      icon={<DownloadIcon />}
      disabled={busy}
      onClick={() => void download()}
    >
      Export JSON
    </Button>
  );
}
