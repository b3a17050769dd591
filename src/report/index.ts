export { reportBodyHtml, reportHtml } from './report';
export type { ReportAnalysis, ReportChart, ReportOptions } from './report';
export { indexHtml } from './index-page';
export type { IndexEntry, IndexRecord } from './index-page';
export { exportedCharts, INDEX_FILE, REPORT_FILE, reportPlotlySrc, writeFileAtomic, writeIndex, writeReport } from './write';
