export { reportBodyHtml, reportHtml } from './report';
export { showReport } from './display';
export type { ReportAnalysis, ReportChart, ReportOptions } from './report';
export { indexHtml, indexRecord } from './index-page';
export type { IndexEntry, IndexRecord } from './index-page';
export { exportedCharts, INDEX_FILE, REPORT_FILE, reportPlotlySrc, writeIndex, writeReport } from './write';
