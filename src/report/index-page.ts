import { basename } from 'node:path';
import { detach } from '../text';
import { CLAIM_TYPES } from '../claims/types';
import { claimLabel } from '../charts/labels';
import { AUTHOR, claimColor, compareCodeUnits } from '../charts/palette';
import { escapeHtml } from '../charts/text';
import { mixSegmentsHtml, pageHtml } from './page';

/** The fields of an `analysis.json` record the index reads (the record itself, or one read back from disk). */
export interface IndexRecord {
  readonly source: string;
  readonly summary: { readonly sentences: number; readonly words: number; readonly headline: string | null };
  readonly sentences: readonly { readonly claim: { readonly type: string } }[];
  readonly terms: readonly { readonly display: string }[];
  readonly speakers: readonly { readonly canonical: string; readonly share: number; readonly sentences: number }[];
}

/** One row of the index: a document's folder (relative to the index) and what it holds. */
export interface IndexEntry {
  /** The document's output folder name, as written next to `index.html`. */
  readonly folder: string;
  readonly record: IndexRecord;
  /** CSV files in the folder to link (default the five the CLI writes). */
  readonly csv?: readonly string[];
}

/**
 * The part of a record the index shows, small enough to keep for every document of a large run:
 * its strings are detached from the document text (a headline cut from the text would keep all
 * of it alive), and its sentences share one claim object per type.
 */
export function indexRecord(record: IndexRecord): IndexRecord {
  const summary = record.summary;
  return {
    source: detach(record.source),
    summary: {
      sentences: summary.sentences,
      words: summary.words,
      headline: summary.headline === null ? null : detach(summary.headline),
    },
    sentences: record.sentences.map((s) => sentenceOfType(s.claim.type)),
    terms: record.terms.slice(0, TOP_TERMS).map((t) => ({ display: detach(t.display) })),
    speakers: record.speakers.map((s) => ({ canonical: detach(s.canonical), share: s.share, sentences: s.sentences })),
  };
}

const SENTENCE_OF_TYPE = new Map<string, IndexRecord['sentences'][number]>();

function sentenceOfType(type: string): IndexRecord['sentences'][number] {
  let sentence = SENTENCE_OF_TYPE.get(type);
  if (sentence === undefined)
    SENTENCE_OF_TYPE.set(type, (sentence = Object.freeze({ claim: Object.freeze({ type }) })));
  return sentence;
}

const DEFAULT_CSV = ['claims.csv', 'quotes.csv', 'speakers.csv', 'terms.csv', 'ngrams.csv'];
const TOP_SPEAKERS = 3;
const TOP_TERMS = 6;

const href = (folder: string, file: string): string => escapeHtml(`${encodeURIComponent(folder)}/${file}`);

function rowHtml(entry: IndexEntry): string {
  const { record, folder } = entry;
  const name = basename(record.source);
  const speakers = record.speakers
    .filter((s) => s.sentences > 0)
    .sort((a, b) => b.share - a.share || compareCodeUnits(a.canonical, b.canonical))
    .slice(0, TOP_SPEAKERS);
  const total = record.sentences.length;
  const counts = CLAIM_TYPES.map((type) => ({
    type,
    count: record.sentences.filter((s) => s.claim.type === type).length,
  })).filter((c) => c.count > 0);
  const charged = record.sentences.filter((s) => s.claim.type !== 'reported_fact' && s.claim.type !== 'other').length;
  const mix = mixSegmentsHtml(counts, total);
  const mixText = counts.map((c) => `${claimLabel(c.type)} ${c.count}`).join(', ');
  const terms = record.terms.slice(0, TOP_TERMS).map((t) => t.display);
  const files = ['analysis.json', ...(entry.csv ?? DEFAULT_CSV)]
    .map((f) => `<a href="${href(folder, f)}">${escapeHtml(f)}</a>`)
    .join(' ');
  let column = 0;
  const cell = (sort: string | number, html: string, cls = ''): string =>
    `<td${cls ? ` class="${cls}"` : ''} data-label="${escapeHtml(COLUMNS[column++]![0])}" data-sort="${escapeHtml(String(sort))}">${html}</td>`;
  return [
    '<tr>',
    cell(name.toLowerCase(), `<a href="${href(folder, 'report.html')}">${escapeHtml(name)}</a>`, 'dk-doc'),
    cell((record.summary.headline ?? '').toLowerCase(), escapeHtml(record.summary.headline ?? '')),
    cell(record.summary.sentences, String(record.summary.sentences), 'dk-n'),
    cell(record.summary.words, String(record.summary.words), 'dk-n'),
    cell(
      (speakers.find((s) => s.canonical !== AUTHOR)?.share ?? 0).toFixed(4),
      speakers
        .map((s) => `${escapeHtml(s.canonical)} <span class="dk-share">${Math.round(100 * s.share)}%</span>`)
        .join('<br>'),
    ),
    cell(
      total === 0 ? 0 : (charged / total).toFixed(4),
      `<div class="dk-mix" role="img" aria-label="${escapeHtml(mixText)}" title="${escapeHtml(mixText)}">${mix}</div><span class="dk-share">${total === 0 ? 0 : Math.round((100 * charged) / total)}% take a stance</span>`,
    ),
    cell(terms.join(' ').toLowerCase(), escapeHtml(terms.join(', '))),
    `<td class="dk-files">${files}</td>`,
    '</tr>',
  ].join('');
}

const COLUMNS: readonly [string, string][] = [
  ['Document', 'text'],
  ['Headline', 'text'],
  ['Sentences', 'number'],
  ['Words', 'number'],
  ['Top speakers (share of words)', 'number'],
  ['Claim mix', 'number'],
  ['Main terms', 'text'],
];

/** `outputs/index.html`: every analysed document in one sortable table, linking to its files. */
export function indexHtml(
  entries: readonly IndexEntry[],
  options: { readonly corpusCharts?: readonly string[] } = {},
): string {
  const rows = [...entries].sort((a, b) => compareCodeUnits(a.folder, b.folder));
  const legend = CLAIM_TYPES.map(
    (t) =>
      `<span class="dk-key"><span class="dk-sw" style="background:${claimColor(t)}"></span>${escapeHtml(claimLabel(t))}</span>`,
  ).join(' ');
  return pageHtml(`discourse-kit · ${rows.length} document${rows.length === 1 ? '' : 's'}`, INDEX_STYLE, [
    `<h1>Analysed documents <span class="dk-count">${rows.length}</span></h1>`,
    '<p class="dk-note">Each name opens the annotated report of the document. Click a column heading to sort by it; the claim-mix column sorts by the share of sentences that take a stance (neither reported fact nor other).</p>',
    corpusLinksHtml(options.corpusCharts ?? []),
    '<div class="dk-tablewrap">',
    '<table class="dk-index">',
    `<thead><tr>${COLUMNS.map(([label, kind], i) => `<th scope="col" data-kind="${kind}" data-col="${i}">${escapeHtml(label)}</th>`).join('')}<th scope="col">Files</th></tr></thead>`,
    `<tbody>${rows.map(rowHtml).join('\n')}</tbody>`,
    '</table>',
    '</div>',
    `<p class="dk-legend">${legend}</p>`,
    `<script>${INDEX_SCRIPT}</script>`,
  ]);
}

/** Links to the corpus comparison charts (`corpus/*.html`), when the run wrote them. */
function corpusLinksHtml(charts: readonly string[]): string {
  if (charts.length === 0) return '';
  const links = charts.map(
    (file) =>
      `<a href="${escapeHtml(`corpus/${encodeURIComponent(file)}`)}">${escapeHtml(
        file
          .replace(/^corpus-/, '')
          .replace(/\.html$/, '')
          .replace(/-/g, ' '),
      )}</a>`,
  );
  return `<p class="dk-corpus">Comparing the documents (corpus.duckdb): ${links.join(' · ')}</p>`;
}

const SANS = "'Liberation Sans',Arial,Helvetica,sans-serif";

const INDEX_STYLE = [
  `body{margin:0 auto;max-width:1280px;padding:16px 20px 40px;font:14px/1.45 ${SANS};color:#222;background:#fff}`,
  'h1{font-size:22px;margin:0 0 6px}',
  '.dk-count{color:#888;font-weight:400}',
  '.dk-note{color:#666;margin:0 0 12px}',
  '.dk-tablewrap{max-width:100%;overflow-x:auto}',
  'table{border-collapse:collapse;width:100%}',
  'th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid #e6e6e6}',
  'th{background:#f5f5f5;white-space:nowrap;font-weight:600}',
  'th[data-kind] button{font:inherit;font-weight:600;border:0;background:none;padding:0;cursor:pointer;color:#1f4e79}',
  'th[aria-sort=ascending] button::after{content:" ▲"}',
  'th[aria-sort=descending] button::after{content:" ▼"}',
  '.dk-n{text-align:right;font-variant-numeric:tabular-nums}',
  '.dk-doc a{font-weight:600;overflow-wrap:anywhere}',
  'td{overflow-wrap:anywhere}',
  '.dk-mix{display:flex;width:140px;height:12px;border-radius:2px;overflow:hidden;background:#f0f0f0;margin:3px 0}',
  '.dk-mix span{display:block;height:100%}',
  '.dk-share{color:#666;font-size:12px}',
  '.dk-files a{display:inline-block;margin-right:6px;font-size:12px;color:#1f4e79}',
  '.dk-legend{font-size:12px;color:#555;margin-top:12px}',
  '.dk-key{display:inline-block;margin-right:10px;white-space:nowrap}',
  '.dk-sw{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px}',
  '.dk-sortbar{display:none;margin:0 0 8px}',
  '@media (max-width:640px){.dk-sortbar{display:block}body{padding:10px}table,tbody,tr,td{display:block}thead{display:none}tr{border-bottom:2px solid #ddd;padding:6px 0}td{border:0;padding:2px 0}.dk-n{text-align:left}td[data-label]:not(.dk-doc)::before{content:attr(data-label) ": ";color:#888}}',
  '@media print{.dk-tablewrap{overflow:visible}th button{color:#000}.dk-sortbar{display:none}}',
].join('\n');

/** Turns the column headings into sort buttons; each cell's `data-sort` is its sort key. */
const INDEX_SCRIPT = `(function(){
var table=document.querySelector('table.dk-index');if(!table)return;
var body=table.tBodies[0];
var heads=[].slice.call(table.querySelectorAll('th[data-kind]'));
function sortBy(th,dir){
 var col=+th.getAttribute('data-col');var numeric=th.getAttribute('data-kind')==='number';
 [].slice.call(table.querySelectorAll('th')).forEach(function(h){h.removeAttribute('aria-sort');});
 th.setAttribute('aria-sort',dir);
 var rows=[].slice.call(body.rows);
 rows.sort(function(x,y){var a=x.cells[col].getAttribute('data-sort'),c=y.cells[col].getAttribute('data-sort');
  var r=numeric?(+a)-(+c):(a<c?-1:a>c?1:0);return dir==='ascending'?r:-r;});
 rows.forEach(function(r){body.appendChild(r);});}
// On a phone the table is a list of cards without headings: the same sorting from a menu.
var bar=document.createElement('label');bar.className='dk-sortbar';bar.textContent='Sort by ';
var menu=document.createElement('select');bar.appendChild(menu);
heads.forEach(function(th,i){var numeric=th.getAttribute('data-kind')==='number';
 var o=document.createElement('option');o.value=String(i);o.textContent=th.textContent+(numeric?' (largest first)':'');menu.appendChild(o);
 var b=document.createElement('button');b.type='button';b.textContent=th.textContent;th.textContent='';th.appendChild(b);
 b.addEventListener('click',function(){
  var dir=th.getAttribute('aria-sort')==='ascending'?'descending':th.getAttribute('aria-sort')==='descending'?'ascending':(numeric?'descending':'ascending');
  sortBy(th,dir);menu.value=String(i);});
});
menu.addEventListener('change',function(){var th=heads[+menu.value];sortBy(th,th.getAttribute('data-kind')==='number'?'descending':'ascending');});
table.parentNode.parentNode.insertBefore(bar,table.parentNode);
})();`;
