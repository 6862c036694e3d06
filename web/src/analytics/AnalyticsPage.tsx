import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { Card } from '../ui/Card';
import { Panel } from '../ui/Panel';
import { StatTile } from '../ui/StatTile';
import { WizardPageFrame } from '../wizard-nav/WizardPageFrame';
import { analyticsCsvUrl, fetchAnalytics, type AnalyticsReport, type DayRange } from './analytics-api';
import { ChannelChart, DailyChart, FunnelChart } from './charts';
import { ConversationPanel } from './ConversationPanel';
import { daysBefore, formatCount, formatDuration, formatRate, todayUtc } from './format';
import { RangePicker } from './RangePicker';
import { ChannelTable, FieldTable, SourceTable, StepTable } from './tables';

/** The headline figures of a report. */
function Totals({ totals }: { totals: AnalyticsReport['totals'] }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      <StatTile
        label="Views"
        value={formatCount(totals.views)}
        hint={`${formatCount(totals.page_views)} page · ${formatCount(totals.embed_views)} embed`}
      />
      <StatTile
        label="Starts"
        value={formatCount(totals.starts)}
        hint={totals.start_rate === null ? 'no views counted' : `${formatRate(totals.start_rate)} of views`}
      />
      <StatTile label="Completions" value={formatCount(totals.completions)} />
      <StatTile label="Completion rate" value={formatRate(totals.completion_rate)} />
      <StatTile
        label="Median time"
        value={formatDuration(totals.median_seconds_to_complete)}
        hint="to complete"
      />
      <StatTile
        label="90th percentile"
        value={formatDuration(totals.p90_seconds_to_complete)}
        hint="to complete"
      />
    </dl>
  );
}

/** The report's panels: totals, charts and tables. */
function ReportView({ report }: { report: AnalyticsReport }) {
  return (
    <div className="space-y-5">
      <Totals totals={report.totals} />
      <Panel title="Over time" description="Views, starts and completions per day (UTC).">
        <DailyChart daily={report.daily} />
      </Panel>
      <Panel
        title="Step funnel"
        description="Runs that reached each step and stopped there without completing. Steps a branch skipped are not drop-offs."
      >
        <FunnelChart steps={report.steps} />
        <StepTable steps={report.steps} />
      </Panel>
      <div className="grid gap-5 lg:grid-cols-2">
        <Panel title="Channels" description="How runs were filled: form, guide chat or voice, or both.">
          <ChannelChart channels={report.channels} />
          <ChannelTable channels={report.channels} />
        </Panel>
        <Panel
          title="Conversation"
          description="Guided runs: where they stopped and how people moved between form and chat."
        >
          <ConversationPanel conversation={report.conversation} />
        </Panel>
        <Panel
          title="Field errors and corrections"
          description="Refused values and changed answers per field."
        >
          <FieldTable fields={report.fields} />
        </Panel>
        <Panel title="Sources" description="Views, starts and completions by UTM source and referring site.">
          <SourceTable caption="UTM source" sources={report.utm_sources} none="(none)" />
          <SourceTable caption="Referrer" sources={report.referrers} none="(direct)" />
        </Panel>
      </div>
    </div>
  );
}

/** A wizard's analytics for the range in the URL (default: the last 30 days), with the CSV download. */
export function AnalyticsPage({ wizardId, range }: { wizardId: string; range: DayRange }) {
  const navigate = useNavigate({ from: '/wizards/$wizardId/analytics' });
  const report = useQuery({
    queryKey: ['wizards', wizardId, 'analytics', range.from, range.to],
    queryFn: () => fetchAnalytics(wizardId, range),
    placeholderData: keepPreviousData,
  });
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <RangePicker value={range} onChange={(next) => void navigate({ search: next, replace: true })} />
        <a
          href={analyticsCsvUrl(wizardId, range)}
          download
          className="inline-flex h-9 items-center rounded-lg border border-line-strong bg-surface px-3 text-sm font-medium shadow-xs hover:bg-surface-hover"
        >
          Download CSV
        </a>
      </div>
      {report.isError ? (
        <Card role="alert" className="text-sm text-danger">
          The analytics could not be loaded: {report.error.message}
        </Card>
      ) : report.data ? (
        <div aria-busy={report.isFetching}>
          <ReportView report={report.data} />
        </div>
      ) : (
        <p role="status" className="text-fg-muted">
          Loading analytics…
        </p>
      )}
    </div>
  );
}

/** The `/wizards/$wizardId/analytics` route's page. */
export function AnalyticsRoutePage() {
  const { wizardId } = useParams({ from: '/wizards/$wizardId/analytics' });
  const search = useSearch({ from: '/wizards/$wizardId/analytics' });
  const to = search.to ?? todayUtc();
  const from = search.from && search.from <= to ? search.from : daysBefore(to, 29);
  return (
    <WizardPageFrame wizardId={wizardId} what="this wizard's analytics">
      <AnalyticsPage wizardId={wizardId} range={{ from, to }} />
    </WizardPageFrame>
  );
}
