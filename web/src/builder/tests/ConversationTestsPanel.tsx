import { useState } from 'react';
import type { ConversationTest } from '../../../../src/core/wizard/conversation-tests';
import type { WizardDefinition } from '../../../../src/core/wizard/definition';
import {
  locateProblems,
  replayConversation,
  type ConversationResult,
} from '../../../../src/guide/conversations/replay';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { InputField, SelectField, TextAreaField } from '../controls';
import { formatExpectation, parseExpectation } from './expectation-text';

export interface ConversationTestsPanelProps {
  draft: WizardDefinition;
  /** The draft as a publishable definition, or null while it has problems (then tests cannot run). */
  definition: WizardDefinition | null;
  edit: (change: (d: WizardDefinition) => WizardDefinition) => void;
  readOnly: boolean;
}

type Outcome = ConversationResult | { error: string };

const newId = () => `test-${Math.random().toString(36).slice(2, 10)}`;

/**
 * "Test conversations": the author's sample conversations (the person's lines and the values the run must
 * end with), saved in the draft and kept with each published version; "Run tests" replays them here in the
 * browser with the embedded guide and shows, for each failure, what went wrong, the turn where it did and
 * the transcript. The same tests run in CI with `guidepost test <wizard>`.
 */
export function ConversationTestsPanel({ draft, definition, edit, readOnly }: ConversationTestsPanelProps) {
  const tests = draft.conversation_tests ?? [];
  const [results, setResults] = useState<Record<string, Outcome>>({});
  const [running, setRunning] = useState(false);

  const setTests = (change: (list: ConversationTest[]) => ConversationTest[]) =>
    edit((d) => {
      const next = change(d.conversation_tests ?? []);
      const rest = { ...d };
      delete rest.conversation_tests;
      return next.length ? { ...rest, conversation_tests: next } : rest;
    });

  const runAll = async () => {
    if (!definition) return;
    setRunning(true);
    const next: Record<string, Outcome> = {};
    for (const test of tests) {
      try {
        next[test.id] = await replayConversation(definition, test.lines, test.expected);
      } catch (error) {
        next[test.id] = { error: error instanceof Error ? error.message : String(error) };
      }
    }
    setResults(next);
    setRunning(false);
  };

  const failures = Object.values(results).filter((r) => 'error' in r || r.problems.length > 0).length;
  const ran = Object.keys(results).length;

  return (
    <Card as="section" aria-labelledby="conversation-tests-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h2 id="conversation-tests-title" className="text-base font-semibold">
            Test conversations
          </h2>
          <p className="text-sm text-fg-muted">
            Write what a person might say and the answers the guide should end with. Tests are saved with the
            wizard and kept with each published version.
          </p>
        </div>
        <div className="flex gap-2">
          <Button
            variant="secondary"
            size="sm"
            disabled={readOnly}
            onClick={() =>
              setTests((list) => [
                ...list,
                {
                  id: newId(),
                  name: `Conversation ${list.length + 1}`,
                  lines: ['Hi'],
                  expected: { status: 'completed' },
                },
              ])
            }
          >
            Add test
          </Button>
          <Button
            size="sm"
            disabled={!definition || tests.length === 0 || running}
            onClick={() => void runAll()}
          >
            {running ? 'Running…' : 'Run tests'}
          </Button>
        </div>
      </div>
      {!definition && tests.length > 0 && (
        <p role="note" className="text-sm text-warning">
          Fix the draft&apos;s problems to run the tests.
        </p>
      )}
      {ran > 0 && (
        <p role="status" className="text-sm font-medium">
          {ran - failures} passed, {failures} failed
        </p>
      )}
      {tests.length === 0 && <p className="text-sm text-fg-muted">No test conversations yet.</p>}
      <ol className="space-y-4">
        {tests.map((test, i) => (
          <li key={test.id}>
            <TestEditor
              test={test}
              draft={draft}
              readOnly={readOnly}
              outcome={results[test.id]}
              onChange={(next) => setTests((list) => list.map((t, k) => (k === i ? next : t)))}
              onRemove={() => setTests((list) => list.filter((_, k) => k !== i))}
            />
          </li>
        ))}
      </ol>
    </Card>
  );
}

function TestEditor({
  test,
  draft,
  readOnly,
  outcome,
  onChange,
  onRemove,
}: {
  test: ConversationTest;
  draft: WizardDefinition;
  readOnly: boolean;
  outcome: Outcome | undefined;
  onChange: (test: ConversationTest) => void;
  onRemove: () => void;
}) {
  const [linesText, setLinesText] = useState(test.lines.join('\n'));
  const [expectText, setExpectText] = useState(formatExpectation(test.expected));
  const [problems, setProblems] = useState<string[]>([]);
  const fieldNames = draft.steps.flatMap((s) => s.fields.map((f) => f.name));

  const applyExpectation = (text: string, status = test.expected.status) => {
    const parsed = parseExpectation(text, draft, status);
    setProblems(parsed.ok ? [] : parsed.problems);
    if (parsed.ok) onChange({ ...test, expected: parsed.expected });
  };

  return (
    <fieldset disabled={readOnly} className="space-y-3 rounded-xl border border-line p-3">
      <legend className="sr-only">{test.name}</legend>
      <div className="flex items-end gap-2">
        <div className="min-w-0 flex-1">
          <InputField
            label="Name"
            value={test.name}
            onChange={(e) => onChange({ ...test, name: e.target.value || 'Untitled' })}
          />
        </div>
        <Button variant="ghost" size="sm" onClick={onRemove} aria-label={`Remove ${test.name}`}>
          Remove
        </Button>
        {outcome && <ResultBadge outcome={outcome} />}
      </div>
      <TextAreaField
        label="What the person says"
        description="One message per line, in order."
        rows={5}
        value={linesText}
        onChange={(e) => {
          setLinesText(e.target.value);
          const lines = e.target.value
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean);
          if (lines.length) onChange({ ...test, lines });
        }}
      />
      <TextAreaField
        label="Expected at the end"
        description={`One per line: "field = value", "field ~ part of it", or "field =" for empty. Fields: ${fieldNames.join(', ')}.`}
        rows={4}
        value={expectText}
        problems={problems}
        onChange={(e) => {
          setExpectText(e.target.value);
          applyExpectation(e.target.value);
        }}
      />
      <SelectField
        label="The run ends"
        value={test.expected.status}
        onChange={(e) => applyExpectation(expectText, e.target.value as 'active' | 'completed')}
      >
        <option value="completed">completed</option>
        <option value="active">still open</option>
      </SelectField>
      {outcome && <FailureDetails outcome={outcome} />}
    </fieldset>
  );
}

function ResultBadge({ outcome }: { outcome: Outcome }) {
  const passed = !('error' in outcome) && outcome.problems.length === 0;
  return <Badge tone={passed ? 'success' : 'danger'}>{passed ? 'Passed' : 'Failed'}</Badge>;
}

/** A failed run: each problem with the turn where it went wrong, then the whole transcript. */
function FailureDetails({ outcome }: { outcome: Outcome }) {
  if ('error' in outcome)
    return <p className="text-sm text-danger">The test could not run: {outcome.error}</p>;
  if (outcome.problems.length === 0) return null;
  const located = locateProblems(outcome);
  const wrongTurns = new Set(located.map((l) => l.turn));
  return (
    <div className="space-y-2 text-sm">
      <ul className="space-y-1" aria-label="What went wrong">
        {located.map(({ problem, turn }) => (
          <li key={problem} className="text-danger">
            {problem}
            {turn >= 0 ? ` (turn ${turn + 1})` : ' (no turn set it)'}
          </li>
        ))}
      </ul>
      <details open>
        <summary className="cursor-pointer font-medium">Transcript</summary>
        <ol className="mt-2 space-y-2">
          <li className="text-fg-muted">Guide: {outcome.greeting}</li>
          {outcome.transcript.map((turn, i) => (
            <li
              key={i}
              className={wrongTurns.has(i) ? 'rounded-lg border border-danger/40 bg-danger-soft p-2' : 'p-2'}
              aria-current={wrongTurns.has(i) ? 'step' : undefined}
            >
              <p>
                <span className="font-medium">Turn {i + 1}, person:</span> {turn.user}
              </p>
              <p className="text-fg-muted">Guide: {turn.agent}</p>
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
