import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiProblem } from '../api/problem';
import { documentsKey, listDocuments, type KnowledgeDocument } from '../sidekicks/knowledge-api';
import { Button } from '../ui/Button';
import { controlClass } from '../ui/Input';
import { TextField } from '../ui/TextField';
import { addCase, deleteCase, getSuite, updateCase, type CaseFields, type QualityCase } from './quality-api';

const EMPTY: CaseFields = { question: '', expected_facts: [], expected_sources: [], expected_tone: '' };

/** The query key of a suite with its cases. */
export const suiteKey = (sidekickId: string, suiteId: string) => ['quality', sidekickId, 'suite', suiteId];

/** A suite's cases, each editable in place, and a form to add one. */
export function SuiteEditor({ sidekickId, suiteId }: { sidekickId: string; suiteId: string }) {
  const queryClient = useQueryClient();
  const suite = useQuery({
    queryKey: suiteKey(sidekickId, suiteId),
    queryFn: () => getSuite(sidekickId, suiteId),
  });
  const documents = useQuery({
    queryKey: documentsKey(sidekickId),
    queryFn: () => listDocuments(sidekickId),
  });
  const [editing, setEditing] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['quality', sidekickId] });
  const remove = useMutation({
    mutationFn: (caseId: string) => deleteCase(sidekickId, suiteId, caseId),
    onSuccess: refresh,
  });
  const docs = documents.data ?? [];
  return (
    <div className="space-y-3">
      <ol className="divide-y divide-line rounded-xl border border-line">
        {suite.data?.cases.map((c, i) => (
          <li key={c.id} className="space-y-2 px-3 py-2 text-sm">
            {editing === c.id ? (
              <CaseForm
                initial={c}
                documents={docs}
                submitLabel="Save case"
                onCancel={() => setEditing(null)}
                onSubmit={async (fields) => {
                  await updateCase(sidekickId, suiteId, c.id, fields);
                  setEditing(null);
                  await refresh();
                }}
              />
            ) : (
              <CaseLine
                index={i}
                testCase={c}
                documents={docs}
                onEdit={() => setEditing(c.id)}
                onDelete={() => remove.mutate(c.id)}
              />
            )}
          </li>
        ))}
      </ol>
      <details className="rounded-xl border border-line px-3 py-2">
        <summary className="cursor-pointer text-sm font-medium">Add a case</summary>
        <div className="pt-3">
          <CaseForm
            initial={EMPTY}
            documents={docs}
            submitLabel="Add case"
            onSubmit={async (fields) => {
              await addCase(sidekickId, suiteId, fields);
              await refresh();
            }}
          />
        </div>
      </details>
    </div>
  );
}

function CaseLine({
  index,
  testCase: c,
  documents,
  onEdit,
  onDelete,
}: {
  index: number;
  testCase: QualityCase;
  documents: KnowledgeDocument[];
  onEdit: () => void;
  onDelete: () => void;
}) {
  const titles = c.expected_sources.map(
    (id) => documents.find((d) => d.id === id)?.title ?? 'a deleted document',
  );
  return (
    <div className="flex flex-wrap items-start gap-2">
      <div className="min-w-0 flex-1 space-y-0.5">
        <p className="font-medium break-words">
          {index + 1}. {c.question}
        </p>
        <p className="text-xs text-fg-muted break-words">
          {c.expected_facts.length
            ? `Facts: ${c.expected_facts.join('; ')}`
            : 'Expects an honest "I don\'t know"'}
          {titles.length > 0 && ` · Sources: ${titles.join(', ')}`}
          {c.expected_tone && ` · Tone: ${c.expected_tone}`}
        </p>
      </div>
      <Button size="sm" variant="ghost" onClick={onEdit} aria-label={`Edit case ${index + 1}`}>
        Edit
      </Button>
      <Button size="sm" variant="ghost" onClick={onDelete} aria-label={`Delete case ${index + 1}`}>
        Delete
      </Button>
    </div>
  );
}

/** A case's fields: question, facts (one per line), sources (the sidekick's documents), tone. */
function CaseForm({
  initial,
  documents,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: CaseFields;
  documents: KnowledgeDocument[];
  submitLabel: string;
  onSubmit: (fields: CaseFields) => Promise<void>;
  onCancel?: () => void;
}) {
  const [question, setQuestion] = useState(initial.question);
  const [facts, setFacts] = useState(initial.expected_facts.join('\n'));
  const [sources, setSources] = useState(initial.expected_sources);
  const [tone, setTone] = useState(initial.expected_tone);
  const [error, setError] = useState<string | null>(null);
  const submit = useMutation({
    mutationFn: () =>
      onSubmit({
        question,
        expected_facts: facts
          .split('\n')
          .map((f) => f.trim())
          .filter(Boolean),
        expected_sources: sources,
        expected_tone: tone,
      }),
    onSuccess: () => {
      setError(null);
      if (!onCancel) {
        setQuestion('');
        setFacts('');
        setSources([]);
      }
    },
    onError: (e) => setError(e instanceof ApiProblem ? e.detail : 'that did not work; try again'),
  });
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        submit.mutate();
      }}
    >
      <TextField label="Question" value={question} onChange={(e) => setQuestion(e.target.value)} required />
      <label className="block text-sm">
        <span className="mb-1 block font-medium">
          Expected facts (one per line; none: expects "I don't know")
        </span>
        <textarea
          rows={3}
          value={facts}
          onChange={(e) => setFacts(e.target.value)}
          className={`${controlClass} py-2`}
        />
      </label>
      <fieldset className="text-sm">
        <legend className="mb-1 font-medium">Expected sources</legend>
        {documents.length === 0 && <p className="text-fg-subtle">No documents yet.</p>}
        {documents.map((d) => (
          <label key={d.id} className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={sources.includes(d.id)}
              onChange={(e) =>
                setSources((s) => (e.target.checked ? [...s, d.id] : s.filter((id) => id !== d.id)))
              }
            />
            <span className="break-all">{d.title}</span>
          </label>
        ))}
      </fieldset>
      <TextField label="Expected tone" value={tone} onChange={(e) => setTone(e.target.value)} />
      {error && (
        <p role="alert" className="rounded-lg bg-danger/10 px-3 py-2 text-sm text-danger">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={submit.isPending}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" size="sm" variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
