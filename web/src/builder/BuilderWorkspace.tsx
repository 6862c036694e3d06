import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { WizardDefinition } from '../../../src/core/wizard/definition';
import { Button } from '../ui/Button';
import { Card } from '../ui/Card';
import { cx } from '../ui/cx';
import { TabList, tabPanelProps } from '../ui/Tabs';
import { useToast } from '../ui/toast-context';
import { fetchVersion, type DraftProblem } from './builder-api';
import { BuilderHeader } from './BuilderHeader';
import { addField, addStep, indexAfterMove, moveField, moveStep } from './draft-edit';
import { EditorPane } from './EditorPane';
import { EyeIcon } from './icons';
import { ExportButton, ImportButton } from './ImportExport';
import { PreviewPane } from './PreviewPane';
import { sameContent } from './published-diff';
import { ProblemCallout } from './ProblemCallout';
import { PublishButton, StartFormRunButton, type PublishRefusal } from './PublishControls';
import type { Selection } from './selection';
import { StepOutline } from './StepOutline';
import { ConversationTestsPanel } from './tests/ConversationTestsPanel';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';
import type { Builder } from './useBuilder';
import { useMediaQuery } from './useMediaQuery';
import { VersionHistory } from './VersionHistory';
import { ShareDialog } from '../share/ShareDialog';
import { ShareIcon } from './icons';

type PhoneTab = 'outline' | 'edit' | 'preview';

/**
 * The loaded builder: title bar and actions, then the outline, the editor and the live preview — three panes
 * on wide screens (the preview can be hidden), tabs on phones.
 */
export function BuilderWorkspace({
  builder,
  draft,
}: {
  builder: Builder & { wizard: NonNullable<Builder['wizard']> };
  draft: WizardDefinition;
}) {
  const { wizard, edit, index, problems, readOnly } = builder;
  const toast = useToast();
  const wide = useMediaQuery('(min-width: 1024px)');
  const [selection, setSelection] = useState<Selection>({ kind: 'step', step: 0 });
  const [tab, setTab] = useState<PhoneTab>('edit');
  const [showPreview, setShowPreview] = useState(true);
  const tabsId = useId();
  const columns = showPreview
    ? 'grid-cols-[14.5rem_minmax(0,1fr)_22rem]'
    : 'grid-cols-[14.5rem_minmax(0,1fr)]';
  const phonePane = (padding?: string) => cx('focus-visible:outline-none', padding);
  /** A pane's tab-panel attributes on phones (shown when its tab is selected); none on wide screens. */
  const pane = (id: PhoneTab) => (wide ? {} : tabPanelProps(tabsId, id, tab === id));
  const [refusal, setRefusal] = useState<PublishRefusal | null>(null);
  const [sharing, setSharing] = useState(false);
  const [importProblems, setImportProblems] = useState<{ file: string; problems: DraftProblem[] } | null>(
    null,
  );

  const published = useQuery({
    queryKey: ['wizard', wizard.id, 'version', wizard.latest_version],
    queryFn: () => fetchVersion(wizard.id, wizard.latest_version!),
    enabled: wizard.latest_version !== null,
  });
  const editorTop = useRef<HTMLFieldSetElement>(null);
  // A new selection shows its editor from the top: when the page is scrolled past the editor's start (a long
  // field editor before), scroll back to it.
  useEffect(() => {
    const top = editorTop.current;
    if (top && top.getBoundingClientRect().top < 0) top.scrollIntoView({ block: 'start' });
  }, [selection]);

  const select = (next: Selection) => {
    setSelection(next);
    if (!wide) setTab('edit');
  };
  const replaceDraft = (definition: WizardDefinition) => {
    edit((d) => ({ ...definition, id: d.id, slug: d.slug, status: d.status }));
    select({ kind: 'wizard' });
  };

  const outline = (
    <StepOutline
      draft={draft}
      index={index}
      selection={selection}
      readOnly={readOnly}
      versionCount={wizard.versions.length}
      onSelect={select}
      onMoveStep={(from, to) => {
        edit((d) => moveStep(d, from, to));
        setSelection((s) =>
          s.kind === 'step' || s.kind === 'field' ? { ...s, step: indexAfterMove(s.step, from, to) } : s,
        );
      }}
      onAddStep={() => {
        const added = addStep(draft);
        edit(() => added.draft);
        select({ kind: 'step', step: added.index });
      }}
      onMoveField={(step, from, to) => {
        edit((d) => moveField(d, step, from, to));
        setSelection((s) =>
          s.kind === 'field' && s.step === step ? { ...s, field: indexAfterMove(s.field, from, to) } : s,
        );
      }}
      onAddField={(step, type) => {
        const added = addField(draft, step, type);
        edit(() => added.draft);
        select({ kind: 'field', step, field: added.index });
      }}
    />
  );
  const editor = (
    <fieldset ref={editorTop} disabled={readOnly} className="min-w-0 scroll-mt-24">
      <legend className="sr-only">Editor</legend>
      <EditorPane
        draft={draft}
        index={index}
        selection={selection}
        onSelect={select}
        edit={edit}
        wizardId={wizard.id}
        flush={builder.flush}
        readOnly={readOnly}
        followLabels={wizard.latest_version === null}
        history={
          <VersionHistory
            wizardId={wizard.id}
            latestVersion={wizard.latest_version}
            readOnly={readOnly}
            onRestore={(definition, version) => {
              replaceDraft(definition);
              toast.show({ tone: 'success', title: `Version ${version} restored into the draft` });
            }}
          />
        }
      />
    </fieldset>
  );
  const preview = <PreviewPane definition={builder.publishable} problemCount={problems.length} />;

  const actions: ReactNode = (
    <>
      {wide && (
        <Button
          variant="ghost"
          size="sm"
          icon={<EyeIcon />}
          aria-pressed={showPreview}
          onClick={() => setShowPreview((v) => !v)}
        >
          Preview
        </Button>
      )}
      <ImportButton
        disabled={readOnly}
        onImport={replaceDraft}
        onProblems={(file, list) => setImportProblems(list.length > 0 ? { file, problems: list } : null)}
      />
      <ExportButton wizardId={wizard.id} slug={draft.slug} flush={builder.flush} />
      {wizard.latest_version !== null && !readOnly && (
        <StartFormRunButton wizardId={wizard.id} name={draft.name} />
      )}
      {wizard.status === 'published' && (
        <Button variant="secondary" size="sm" icon={<ShareIcon />} onClick={() => setSharing(true)}>
          Share
        </Button>
      )}
      <PublishButton
        wizardId={wizard.id}
        problemCount={problems.length}
        disabled={readOnly}
        flush={builder.flush}
        onRefused={setRefusal}
        onPublished={(next, version) => {
          builder.setWizard(next);
          toast.show({
            tone: 'success',
            title: `Published version ${version}`,
            description: 'New runs use it from now on.',
          });
          setSharing(true);
        }}
      />
      <ShareDialog
        open={sharing}
        wizard={{ name: draft.name, slug: wizard.slug, status: wizard.status }}
        onClose={() => setSharing(false)}
      />
    </>
  );

  return (
    <div className="space-y-5">
      <BuilderHeader
        name={draft.name}
        unpublishedChanges={published.data ? !sameContent(draft, published.data.definition) : undefined}
        wizard={wizard}
        save={builder.save}
        onRetrySave={() => void builder.flush()}
        actions={actions}
      />
      {readOnly && (
        <p
          role="note"
          className="rounded-xl border border-warning/30 bg-warning-soft px-4 py-3 text-sm text-fg"
        >
          <strong className="font-semibold text-warning">This wizard is archived.</strong> It opens read-only:
          its versions and runs stay, but its draft cannot be edited.
        </p>
      )}
      {refusal && (
        <ProblemCallout
          title="Publishing was refused"
          detail={refusal.detail}
          problems={refusal.problems}
          definition={draft}
          onGo={select}
          onDismiss={() => setRefusal(null)}
        />
      )}
      {importProblems && (
        <ProblemCallout
          title={`${importProblems.file} cannot be imported`}
          problems={importProblems.problems}
          onDismiss={() => setImportProblems(null)}
        />
      )}
      {!wide && (
        <TabList
          label="Builder"
          idBase={tabsId}
          value={tab}
          onChange={(id) => setTab(id as PhoneTab)}
          tabs={[
            { id: 'outline', label: 'Outline' },
            { id: 'edit', label: 'Edit' },
            { id: 'preview', label: 'Preview' },
          ]}
        />
      )}
      {/* One tree for both layouts, so a layout change (a window resized, a tablet turned) keeps every open
          editor and what it holds; on phones the panes are tab panels. */}
      <div className={wide ? cx('grid items-start gap-4', columns) : undefined}>
        <Card
          padded={false}
          as="div"
          className={wide ? 'sticky top-20 max-h-[calc(100dvh-6rem)] overflow-y-auto p-2' : phonePane('p-2')}
          {...pane('outline')}
        >
          {outline}
        </Card>
        <Card
          padded={false}
          as="div"
          className={wide ? 'min-w-0 p-5 xl:p-6' : phonePane('p-4')}
          {...pane('edit')}
        >
          {editor}
        </Card>
        {(showPreview || !wide) && (
          <div
            className={wide ? 'sticky top-20 max-h-[calc(100dvh-6rem)] overflow-y-auto' : phonePane()}
            {...pane('preview')}
          >
            {preview}
          </div>
        )}
      </div>
      <ConversationTestsPanel
        draft={draft}
        definition={builder.publishable}
        edit={edit}
        readOnly={readOnly}
      />
      <UnsavedChangesGuard unsaved={() => builder.save.unsaved} flush={builder.flush} />
    </div>
  );
}
