/**
 * The report's stylesheet and script. Both are fixed text: nothing from a document is ever
 * part of them (the script reads the document's data from a JSON block and sets it as text).
 */

const SANS = "'Liberation Sans',Arial,Helvetica,sans-serif";

export const REPORT_STYLE = [
  `.dk-report{--margin:10.5rem;font:16px/1.55 Georgia,'DejaVu Serif',serif;color:#222;-webkit-print-color-adjust:exact;print-color-adjust:exact}`,
  `.dk-report h2{font:600 15px/1.3 ${SANS};margin:0 0 2px;color:#333}`,
  `.dk-report .dk-note{font:12px/1.4 ${SANS};color:#666;margin:0 0 6px}`,
  `.dk-summary{font:14px/1.45 ${SANS};margin:4px 0 12px}`,
  '.dk-stats{margin:0 0 10px;color:#444}',
  '.dk-source{color:#777;overflow-wrap:anywhere}',
  '.dk-cols{display:grid;grid-template-columns:1fr 1fr;gap:12px 28px}',
  '.dk-shares,.dk-mixlist{list-style:none;margin:0;padding:0}',
  '.dk-shares li{display:grid;grid-template-columns:minmax(0,11rem) 1fr 3rem;gap:8px;align-items:center;margin:2px 0}',
  '.dk-name{overflow-wrap:anywhere}',
  '.dk-dot,.dk-sw{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:6px;vertical-align:baseline}',
  '.dk-sw{border-radius:2px}',
  '.dk-bar{display:block;height:10px;background:#f0f0f0;border-radius:2px;overflow:hidden}',
  '.dk-bar span{display:block;height:100%}',
  '.dk-num{color:#666;text-align:right;font-variant-numeric:tabular-nums}',
  '.dk-mix{display:flex;height:16px;border-radius:3px;overflow:hidden;margin:2px 0 8px;background:#f0f0f0}',
  '.dk-mix span{display:block;height:100%}',
  '.dk-mixlist{margin:0;line-height:1.9}',
  `.dk-legend{font:13px/1.5 ${SANS};color:#444;background:#fafafa;border:1px solid #e6e6e6;border-radius:4px;padding:6px 10px;margin:0 0 12px}`,
  '.dk-legend summary{cursor:pointer;font-weight:600}',
  '.dk-legend ul{margin:4px 0 0;padding-left:18px}',
  '.dk-key{display:inline-block;border-left:5px solid;padding:0 5px;margin:1px 0;border-radius:2px;white-space:nowrap}',
  '.dk-lowkey{border-left:5px dashed #999;background:#f3f3f3}',
  `.dk-filters{display:flex;flex-wrap:wrap;gap:6px 16px;align-items:center;font:13px/1.4 ${SANS};margin:0 0 12px;padding:6px 0;border-top:1px solid #eee;border-bottom:1px solid #eee}`,
  '.dk-filters[hidden]{display:none}',
  '.dk-filters select{font:inherit;max-width:100%}',
  '.dk-filters label{display:inline-flex;gap:6px;align-items:center;max-width:100%}',
  '.dk-text{margin:0 0 24px}',
  '.dk-p{margin:0 0 14px}',
  '.dk-s{display:grid;grid-template-columns:var(--margin) minmax(0,1fr);gap:0 14px;padding:3px 8px 3px 0;margin:0 0 2px;border-radius:0 3px 3px 0;cursor:pointer;outline-offset:1px}',
  `.dk-vm{font:12px/1.35 ${SANS};text-align:right;padding:3px 0 0 6px;overflow-wrap:anywhere;user-select:none;-webkit-user-select:none}`,
  '.dk-vm b{display:block;font-weight:600}',
  '.dk-vm i{display:block;font-style:normal;color:#555}',
  '.dk-same .dk-vm b{opacity:.55}',
  '.dk-st{white-space:pre-wrap;overflow-wrap:anywhere;min-width:0}',
  '.dk-h .dk-st{font-size:1.45em;line-height:1.3;font-weight:700}',
  '.dk-q{text-decoration-line:underline;text-decoration-thickness:1.5px;text-underline-offset:3px}',
  '.dk-q-indirect{text-decoration-style:dashed}',
  '.dk-q-reported{text-decoration-style:dotted}',
  '.dk-qs{font-weight:700}',
  '.dk-qc{font-style:italic;background:rgba(0,0,0,.09)}',
  '.dk-s:hover .dk-evm,.dk-s:focus .dk-evm,.dk-s:target .dk-evm,.dk-s.dk-sel .dk-evm,.dk-evkey{background:#ffe066;border-radius:2px}',
  '.dk-s.dk-sel .dk-evo{background:#e4e4e4;border-radius:2px}',
  '.dk-s.dk-sel{box-shadow:0 0 0 2px #333}',
  '.dk-fade .dk-s[data-low]{opacity:.4}',
  '.dk-out{display:none!important}',
  `.dk-panel{position:fixed;right:16px;bottom:16px;width:24rem;max-width:calc(100vw - 32px);max-height:60vh;overflow:auto;box-sizing:border-box;background:#fff;border:1px solid #bbb;border-radius:6px;box-shadow:0 4px 18px rgba(0,0,0,.18);padding:10px 12px;font:13px/1.45 ${SANS};z-index:10}`,
  '.dk-panel[hidden]{display:none}',
  '.dk-panel.dk-up{top:16px;bottom:auto}',
  '.dk-panel h3{font-size:14px;margin:0 22px 6px 0}',
  '.dk-panel dl{margin:0;display:grid;grid-template-columns:6.5rem minmax(0,1fr);gap:3px 8px}',
  '.dk-panel dt{color:#666}',
  '.dk-panel dd{margin:0;overflow-wrap:anywhere}',
  '.dk-panel .dk-close{position:absolute;top:6px;right:8px;border:0;background:none;font-size:18px;line-height:1;cursor:pointer;color:#555}',
  '.dk-chip{display:inline-block;padding:0 5px;margin:1px 3px 1px 0;border-radius:3px;background:#ffe066}',
  '.dk-chip.dk-other{background:#eee;color:#555}',
  '.dk-charts h2{margin:18px 0 8px}',
  '.dk-chart{margin:0 0 18px}',
  '.dk-scroll{max-width:100%;overflow-x:auto}',
  '.dk-chart img{max-width:100%;height:auto}',
  // A chart without a PNG (exported with --no-images) takes no room until plotly draws it.
  '.dk-chart .discourse-kit-chart:empty{min-height:0!important}',
  `.dk-chart figcaption{font:12px/1.4 ${SANS};color:#666;margin-top:2px}`,
  '@media (max-width:640px){',
  '.dk-cols{grid-template-columns:1fr}',
  '.dk-s{grid-template-columns:minmax(0,1fr);padding:3px 6px}',
  '.dk-vm{text-align:left;padding:0}',
  '.dk-vm b,.dk-vm i{display:inline}',
  '.dk-vm i::before{content:" · "}',
  '.dk-panel{left:8px;right:8px;bottom:8px;width:auto;max-width:none;max-height:45vh}',
  '.dk-panel.dk-up{top:8px;bottom:auto}',
  '}',
  '@media print{',
  '.dk-filters,.dk-panel{display:none!important}',
  '.dk-legend{break-inside:avoid}',
  '.dk-s{break-inside:avoid;cursor:auto}',
  '.dk-s.dk-sel{box-shadow:none}',
  '.dk-out{display:grid!important}',
  '.dk-fade .dk-s[data-low]{opacity:1}',
  '.dk-charts{break-before:page}',
  '.dk-chart{break-inside:avoid}',
  '.dk-scroll{overflow:visible}',
  '.dk-chart .discourse-kit-chart{zoom:.8}',
  '}',
].join('\n');

/**
 * Hover, click and keyboard details for each sentence, and the speaker / claim-type filters and
 * the low-confidence toggle. `__ID__` is replaced by the report root's id as a JSON string.
 */
export const REPORT_SCRIPT = `(function(){
var root=document.getElementById(__ID__);if(!root)return;
var data=JSON.parse(root.querySelector('script.dk-data').textContent);
var sentences=[].slice.call(root.querySelectorAll('.dk-s'));
var paragraphs=[].slice.call(root.querySelectorAll('.dk-p'));
var panel=root.querySelector('.dk-panel');var pinned=null;
function make(tag,cls,text){var e=document.createElement(tag);if(cls)e.className=cls;if(text!=null)e.textContent=String(text);return e;}
function row(dl,term,value){dl.appendChild(make('dt',null,term));var dd=make('dd');if(typeof value==='string')dd.textContent=value;else dd.appendChild(value);dl.appendChild(dd);}
function select(el){sentences.forEach(function(s){s.classList.toggle('dk-sel',s===el);});
 if(!el){panel.hidden=true;return;}
 var d=data.sentences[+el.getAttribute('data-i')];panel.textContent='';
 var close=make('button','dk-close','\\u00d7');close.type='button';close.setAttribute('aria-label','Close');
 close.addEventListener('click',function(e){e.stopPropagation();pinned=null;select(null);});panel.appendChild(close);
 panel.appendChild(make('h3',null,'Sentence '+d.n+' \\u00b7 '+d.label));
 var dl=make('dl');
 row(dl,'claim type',d.label+' (confidence '+d.confidence+(d.low?', low: check it':'')+', by '+d.source+')');
 row(dl,'alternatives',d.alternatives.length?d.alternatives.map(function(a){return a.label+' '+a.score;}).join(', '):'none');
 var ev=make('span');
 if(!d.evidence.length)ev.textContent='none';
 d.evidence.forEach(function(e){ev.appendChild(make('span','dk-chip'+(e.agrees?'':' dk-other'),e.cue+(e.agrees?'':' \\u2192 '+e.label)));});
 row(dl,'evidence',ev);
 row(dl,'voice',d.voice+' ('+d.rule+', confidence '+d.voiceConfidence+')');
 d.quotes.forEach(function(q){row(dl,'quote',q.kind+': '+q.speaker+(q.mention&&q.mention!==q.speaker?' ("'+q.mention+'")':'')+(q.cue?', cue "'+q.cue+'"':''));});
 panel.appendChild(dl);panel.hidden=false;
 var box=el.getBoundingClientRect();panel.classList.toggle('dk-up',box.bottom>window.innerHeight-panel.offsetHeight-24);}
sentences.forEach(function(s){
 s.removeAttribute('title');
 s.addEventListener('mouseenter',function(){if(!pinned)select(s);});
 s.addEventListener('mouseleave',function(){if(!pinned)select(null);});
 s.addEventListener('focus',function(){select(s);});
 s.addEventListener('click',function(){pinned=pinned===s?null:s;select(pinned);});
 s.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();pinned=pinned===s?null:s;select(pinned);}});
});
root.addEventListener('keydown',function(e){if(e.key==='Escape'){pinned=null;select(null);}});
var bar=root.querySelector('.dk-filters');
function choice(label,options){var l=make('label',null,label+' ');var sel=make('select');
 sel.appendChild(make('option',null,'all')).value='';
 options.forEach(function(o){var opt=make('option',null,o.text);opt.value=o.value;sel.appendChild(opt);});
 l.appendChild(sel);bar.appendChild(l);return sel;}
var who=choice('Speaker',data.voices.map(function(v){return {value:v.name,text:v.name};}));
var what=choice('Claim type',data.types.map(function(t){return {value:t.type,text:t.label};}));
var fadeLabel=make('label');var fade=make('input');fade.type='checkbox';fadeLabel.appendChild(fade);
fadeLabel.appendChild(document.createTextNode('Fade low-confidence sentences (below '+data.low+')'));bar.appendChild(fadeLabel);
var count=make('span','dk-note');bar.appendChild(count);
function apply(){var shown=0;
 sentences.forEach(function(s){var ok=(!who.value||s.getAttribute('data-voice')===who.value)&&(!what.value||s.getAttribute('data-type')===what.value);s.classList.toggle('dk-out',!ok);if(ok)shown++;});
 paragraphs.forEach(function(p){p.classList.toggle('dk-out',!p.querySelector('.dk-s:not(.dk-out)'));});
 root.classList.toggle('dk-fade',fade.checked);
 count.textContent=shown===sentences.length?'':shown+' of '+sentences.length+' sentences shown';
 if(pinned&&pinned.classList.contains('dk-out')){pinned=null;select(null);}}
who.addEventListener('change',apply);what.addEventListener('change',apply);fade.addEventListener('change',apply);
bar.hidden=false;
var legend=root.querySelector('.dk-legend');if(legend&&window.innerWidth<640)legend.open=false;
})();`;
