import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { diffLines } from 'diff';
import { useState } from 'react';
import { ApiProblem } from '../api/problem';
import { Button } from '../ui/Button';
import { controlClass, Input } from '../ui/Input';
import { Select } from '../ui/Select';
import {
  activateVersion,
  LAYERS,
  listTemplates,
  listVersions,
  previewPrompt,
  saveVersion,
  type Layer,
  type PromptVersion,
} from './prompts-api';

const LAYER_LABELS: Record<Layer, string> = {
  system: 'System',
  rag: 'RAG',
  user: 'User',
  judge: 'Judge (quality)',
};

/**
 * A sidekick's prompt layers: edit a layer (from a template if wanted), save it as a new version with a note,
 * preview the assembled prompt, diff two versions side by side, activate or roll back.
 */
export function PromptsPanel({ sidekickId }: { sidekickId: string }) {
  const queryClient = useQueryClient();
  const [layer, setLayer] = useState<Layer>('system');
  const versions = useQuery({ queryKey: ['prompts', sidekickId], queryFn: () => listVersions(sidekickId) });
  const templates = useQuery({ queryKey: ['prompt-templates'], queryFn: listTemplates });
  const ofLayer = (versions.data ?? []).filter((v) => v.layer === layer);
  const active = ofLayer.find((v) => v.active);
  const [draft, setDraft] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [compare, setCompare] = useState<number[]>([]);
  const [question, setQuestion] = useState('What can you help me with?');
  const text = draft ?? active?.template ?? templates.data?.[0]?.layers[layer] ?? '';
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['prompts', sidekickId] });
  const fail = (e: unknown) => setError(e instanceof ApiProblem ? e.detail : 'that did not work; try again');
  const save = useMutation({
    mutationFn: () => saveVersion(sidekickId, layer, text, note),
    onSuccess: () => {
      setDraft(null);
      setNote('');
      setError(null);
      return refresh();
    },
    onError: fail,
  });
  const activate = useMutation({
    mutationFn: (n: number) => activateVersion(sidekickId, layer, n),
    onSuccess: refresh,
    onError: fail,
  });
  const preview = useMutation({
    mutationFn: () => previewPrompt(sidekickId, question, layer === 'judge' ? {} : { [layer]: text }),
    onError: fail,
  });
  const pair = compare.map((n) => ofLayer.find((v) => v.number === n)).filter((v): v is PromptVersion => !!v);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <label className="text-sm">
          <span className="mb-1 block text-fg-muted">Layer</span>
          <Select
            value={layer}
            onChange={(e) => {
              setLayer(e.target.value as Layer);
              setDraft(null);
              setCompare([]);
            }}
          >
            {LAYERS.map((l) => (
              <option key={l} value={l}>
                {LAYER_LABELS[l]}
              </option>
            ))}
          </Select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-fg-muted">Start from a template</span>
          <Select
            value=""
            onChange={(e) => {
              const t = templates.data?.find((x) => x.id === e.target.value);
              if (t) setDraft(t.layers[layer]);
            }}
          >
            <option value="">Choose…</option>
            {templates.data?.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </Select>
        </label>
      </div>
      <label htmlFor="prompt-template" className="block text-sm font-medium">
        {LAYER_LABELS[layer]} prompt (liquid template)
      </label>
      <textarea
        id="prompt-template"
        rows={8}
        value={text}
        onChange={(e) => setDraft(e.target.value)}
        className={`${controlClass} py-2 font-mono`}
      />
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="prompt-note" className="sr-only">
          Note
        </label>
        <Input
          id="prompt-note"
          placeholder="What changed (note)"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          className="max-w-sm"
        />
        <Button onClick={() => save.mutate()} disabled={save.isPending}>
          Save version
        </Button>
      </div>
      {error && (
        <p role="alert" className="rounded-lg bg-danger/10 px-3 py-2 text-sm text-danger">
          {error}
        </p>
      )}
      {/* The judge scores quality runs; it has no answer prompt to preview. */}
      {layer !== 'judge' && (
        <>
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor="preview-question" className="sr-only">
              Sample question
            </label>
            <Input
              id="preview-question"
              value={question}
              onChange={(e) => setQuestion(e.target.value)}
              className="max-w-sm"
            />
            <Button variant="secondary" onClick={() => preview.mutate()}>
              Preview prompt
            </Button>
          </div>
          {preview.data && (
            <pre
              data-testid="prompt-preview"
              className="overflow-x-auto rounded-lg bg-surface-muted p-3 text-xs whitespace-pre-wrap"
            >
              {`SYSTEM\n${preview.data.system}\n\nUSER\n${preview.data.user}`}
            </pre>
          )}
        </>
      )}
      <h3 className="text-sm font-semibold">Versions</h3>
      <ul className="divide-y divide-line rounded-xl border border-line">
        {ofLayer.map((v) => (
          <li key={v.number} className="flex flex-wrap items-center gap-3 px-3 py-2 text-sm">
            <input
              type="checkbox"
              aria-label={`Compare version ${v.number}`}
              checked={compare.includes(v.number)}
              onChange={(e) =>
                setCompare((c) =>
                  e.target.checked ? [...c, v.number].slice(-2) : c.filter((n) => n !== v.number),
                )
              }
            />
            <span className="font-medium">v{v.number}</span>
            <span className="text-fg-muted">{v.note || 'no note'}</span>
            <span className="text-fg-subtle">
              {v.author ?? 'system'} · {new Date(v.created_at).toLocaleString()}
            </span>
            {v.active ? (
              <span className="ml-auto rounded-full bg-accent/10 px-2 py-0.5 text-xs text-accent">
                Active
              </span>
            ) : (
              <Button
                size="sm"
                variant="secondary"
                className="ml-auto"
                onClick={() => activate.mutate(v.number)}
              >
                Activate v{v.number}
              </Button>
            )}
          </li>
        ))}
        {ofLayer.length === 0 && (
          <li className="px-3 py-2 text-sm text-fg-subtle">No saved version: the default serves.</li>
        )}
      </ul>
      {pair.length === 2 && <SideBySide left={pair[0]!} right={pair[1]!} />}
    </div>
  );
}

/** Two versions side by side, removed lines on the left and added lines on the right (jsdiff diffLines). */
function SideBySide({ left, right }: { left: PromptVersion; right: PromptVersion }) {
  const [older, newer] = left.number < right.number ? [left, right] : [right, left];
  const parts = diffLines(older.template, newer.template);
  const cell = 'whitespace-pre-wrap px-2 py-0.5 font-mono text-xs';
  return (
    <div data-testid="prompt-diff" className="grid grid-cols-2 overflow-hidden rounded-xl border border-line">
      <div className="border-b border-line bg-surface-muted px-2 py-1 text-xs font-semibold">
        v{older.number}
      </div>
      <div className="border-b border-line bg-surface-muted px-2 py-1 text-xs font-semibold">
        v{newer.number}
      </div>
      <div>
        {parts
          .filter((p) => !p.added)
          .map((p, i) => (
            <div key={i} className={`${cell} ${p.removed ? 'bg-danger/10' : ''}`}>
              {p.value}
            </div>
          ))}
      </div>
      <div className="border-l border-line">
        {parts
          .filter((p) => !p.removed)
          .map((p, i) => (
            <div key={i} className={`${cell} ${p.added ? 'bg-success/10' : ''}`}>
              {p.value}
            </div>
          ))}
      </div>
    </div>
  );
}
