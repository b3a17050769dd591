import { displayHtml } from '../charts/display';
import { reportBodyHtml } from './report';
import type { ReportAnalysis } from './report';

let reportCount = 0;

/**
 * Display a document's annotated report in a notebook cell: the text with each sentence marked
 * by claim type and voice, quotes underlined, the summary and legend, as in `report.html`.
 * Colours, margin labels and underlines are static HTML, so an untrusted notebook (where scripts
 * do not run) still shows them; hover details and filters need a trusted notebook. Each call gets
 * its own element id (`ReportOptions.id`), as every report in one page needs.
 */
export function showReport(analysis: ReportAnalysis): void {
  reportCount += 1;
  displayHtml(reportBodyHtml(analysis, { id: `dk-report-${reportCount}` }));
}
