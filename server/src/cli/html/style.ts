// The report's stylesheet, inlined in the page (no external fonts or files; system fonts only).

/** CSS for page.ts and the SVG charts of chart.ts. */
export const STYLE = `
:root{--ink:#1d2330;--muted:#667085;--line:#e4e7ec;--bad:#d62728;--bg:#fafbfc}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--ink);background:var(--bg)}
header{padding:20px 32px 8px;background:#1e2a3a;color:#fff}
header h1{margin:0 0 4px;font-size:22px}
.summary{margin:0 0 12px;color:#d0d5dd}.summary b{color:#fff}.summary b.bad{color:#ff8a80}
nav{display:flex;gap:40px;padding:12px 32px;border-bottom:1px solid var(--line);background:#fff}
nav h2{font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:4px 0}
nav>div{flex:1 1 0;min-width:0}nav ul{margin:0;padding:0 8px 0 0;list-style:none;display:grid;grid-template-columns:1fr 1fr;column-gap:24px;max-height:190px;overflow-y:auto;font-size:13px}nav li{break-inside:avoid}
main{padding:8px 32px 32px;max-width:1200px}
main>h2{font-size:18px;margin:28px 0 8px;padding-bottom:4px;border-bottom:2px solid var(--ink)}
section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 18px;margin:14px 0}
h3{margin:0 0 2px;font-size:16px}h3 code{font-size:12px;color:var(--muted);font-weight:normal}
.meta{margin:0 0 8px;color:var(--muted)}
a{color:#175cd3;text-decoration:none}a:hover{text-decoration:underline}
code{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.muted{color:var(--muted)}.bad{color:var(--bad);font-weight:600}
figure{margin:4px 0 10px}figcaption{font-size:12px;color:var(--muted)}
.key{display:inline-flex;align-items:center;margin-right:12px}.key i,.dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:5px;vertical-align:baseline}
.key i.ring{background:#fff;border:2.5px solid}
svg.chart{width:100%;max-width:1040px;height:auto;display:block}
svg .grid{stroke:#eef0f3}svg .axis,svg .tick{stroke:#98a2b3}
svg text{font:11px system-ui,sans-serif;fill:#667085}svg .ylab{text-anchor:end}svg .xlab{text-anchor:middle}
svg .warn{fill:var(--bad);font-size:13px}svg .asof{stroke-width:2;stroke-opacity:.5}
table{border-collapse:collapse;width:100%;font-size:13px}
th{text-align:left;font-weight:600;color:var(--muted);border-bottom:1px solid var(--line);padding:5px 8px}
td{border-bottom:1px solid var(--line);padding:5px 8px;vertical-align:top}td:first-child{white-space:nowrap}
tr.conflict td{background:#fff4f3}tr.conflict td:first-child{box-shadow:inset 3px 0 0 var(--bad)}
.conflicts{color:var(--bad);font-size:12px;margin-top:2px}
footer{padding:16px 32px;color:var(--muted);font-size:12px}
`;
