import { AnalyticsReportSchema, type AnalyticsReport } from '../../../src/core/analytics-report';
import { api } from '../api/http';

export {
  CHANNEL_CLASSES,
  type AnalyticsReport,
  type ChannelClass,
  type SourceFigures,
} from '../../../src/core/analytics-report';

/** A range of UTC days, both inclusive (YYYY-MM-DD). */
export interface DayRange {
  from: string;
  to: string;
}

const query = (range: DayRange) => `from=${range.from}&to=${range.to}`;
const base = (wizardId: string) => `/api/v1/wizards/${encodeURIComponent(wizardId)}/analytics`;

/** Loads a wizard's report over a range. */
export async function fetchAnalytics(wizardId: string, range: DayRange): Promise<AnalyticsReport> {
  return AnalyticsReportSchema.parse(await api(`${base(wizardId)}?${query(range)}`));
}

/** The URL of the CSV download of a wizard's report over a range. */
export function analyticsCsvUrl(wizardId: string, range: DayRange): string {
  return `${base(wizardId)}/export?${query(range)}`;
}
