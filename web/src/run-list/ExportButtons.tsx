import { useState } from 'react';
import { isApiProblem } from '../api/problem';
import { Button } from '../ui/Button';
import { useToast } from '../ui/toast-context';
import { downloadFile } from './download';

/** The download icon of the export buttons. */
function DownloadIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4">
      <path
        fill="currentColor"
        d="M10 2a1 1 0 0 1 1 1v7.6l2.3-2.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L9 10.6V3a1 1 0 0 1 1-1ZM4 15a1 1 0 0 1 1 1v1h10v-1a1 1 0 1 1 2 0v2a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1v-2a1 1 0 0 1 1-1Z"
      />
    </svg>
  );
}

/**
 * "Export CSV" and "Export JSON": download the runs matching `query` (the list's filters, as
 * `GET /api/v1/runs/export` takes them). A refusal shows the server's detail in a toast.
 */
export function ExportButtons({ query }: { query: URLSearchParams }) {
  const toast = useToast();
  const [busy, setBusy] = useState<'csv' | 'json' | null>(null);
  const download = async (format: 'csv' | 'json') => {
    setBusy(format);
    const params = new URLSearchParams(query);
    params.set('format', format);
    try {
      const name = await downloadFile(`/api/v1/runs/export?${params}`, `runs.${format}`);
      toast.show({ tone: 'success', title: 'Export ready', description: `Downloaded ${name}.` });
    } catch (e) {
      toast.show({
        tone: 'danger',
        title: 'The export failed',
        description: isApiProblem(e) ? e.detail : String(e),
      });
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="flex gap-2">
      <Button
        variant="secondary"
        size="sm"
        icon={<DownloadIcon />}
        disabled={busy !== null}
        onClick={() => download('csv')}
      >
        {busy === 'csv' ? 'Exporting…' : 'Export CSV'}
      </Button>
      <Button
        variant="secondary"
        size="sm"
        icon={<DownloadIcon />}
        disabled={busy !== null}
        onClick={() => download('json')}
      >
        {busy === 'json' ? 'Exporting…' : 'Export JSON'}
      </Button>
    </div>
  );
}
