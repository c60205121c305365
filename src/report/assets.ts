/**
 * The report page's style and script, inlined into every page so that it
 * opens from disk with no network and no other file.
 */

export const reportStyle = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --rule: #d9d9de; --paper: #ffffff; --bg: #f6f6f3;
  --denied: #f6b9b9; --unconfirmed: #ffd59a; --no-evidence: #e7c4f2; --no-comment: #dcdcdc; --hedged: #fff3a0;
  --confirmed: #bfe8c4; --asserted: #cfe3ff; --unsourced: #eeeeee;
  --person: #1565c0; --organization: #6a1b9a; --government: #2e7d32; --state-media: #c62828; --news-agency: #00838f;
  --publication: #5d4037; --anonymous: #ef6c00; --vague: #757575; --self: #37474f; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header.page, footer.page { padding: 16px 24px; }
header.page h1 { margin: 0 0 8px; font-size: 20px; }
footer.page { color: var(--muted); font-size: 13px; }
nav ol { margin: 8px 0 0; padding-left: 20px; }
.legend { display: grid; grid-template-columns: auto minmax(0, 1fr); gap: 6px 10px; margin: 0; font-size: 12px; align-items: baseline; }
.legend dt { color: var(--muted); }
.legend dd { margin: 0; display: flex; flex-wrap: wrap; gap: 4px; align-items: baseline; }
.legend .item { margin-right: 12px; }
section.draft { margin: 0 24px 24px; background: var(--paper); border: 1px solid var(--rule); border-radius: 8px; padding: 16px 20px; }
section.draft h2 { margin: 0; font-size: 17px; font-family: ui-monospace, SFMono-Regular, Menlo, monospace; overflow-wrap: anywhere; }
.stats { margin: 4px 0 12px; color: var(--muted); font-size: 13px; }
/* Wide: the text on the left; messages, then the tables, in a column beside
   it that stays in view and scrolls on its own. */
.layout { display: grid; grid-template-columns: minmax(0, 6fr) minmax(0, 5fr); gap: 28px; align-items: start; }
.layout > .side { grid-column: 2; grid-row: 1; position: sticky; top: 0; max-height: 100vh; overflow: hidden auto; padding: 4px 4px 12px 0; }
.layout > article.text { grid-column: 1; grid-row: 1; min-width: 0; }
/* Narrow: one column — the messages, the text, then the tables. */
@media (max-width: 1100px) {
  .layout { display: flex; flex-direction: column; gap: 12px; }
  .layout > .side { display: contents; }
  .side > .messages { order: 1; } .layout > article.text { order: 2; } .side > .tables { order: 3; }
}
article.text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif; font-size: 16px; line-height: 1.85; }
.side { font-size: 13px; }
.side h3 { margin: 12px 0 6px; font-size: 14px; }
.side h3 .count { color: var(--muted); font-weight: normal; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid var(--rule); }
th { white-space: nowrap; }
th.num { text-align: right; }
/* Long names and claims wrap anywhere rather than widen the table. */
td.name, td.claim-text, td.sources { overflow-wrap: anywhere; }
td.how { width: 8.5em; }
td.claims { width: 7.5em; }
td.status { width: 9em; }
th { font-weight: 600; color: var(--muted); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.id { font-family: ui-monospace, monospace; color: var(--muted); }
a.id { color: inherit; }
.unnamed { color: var(--anonymous); font-weight: 600; }
.descriptor, .kind { color: var(--muted); font-size: 12px; }
.single-flag { color: #b3261e; font-weight: 600; font-size: 12px; }
tr[data-party] { cursor: pointer; }
tr[data-party]:hover, tr[data-party]:focus, tr.focus { background: #fff8d6; outline: none; }
.empty { color: var(--muted); }
mark.claim { color: inherit; border-radius: 2px; padding: 1px 0; }
mark.claim.single { box-shadow: inset 0 -2px 0 #b3261e; }
.status-denied { background: var(--denied); }
.status-unconfirmed { background: var(--unconfirmed); }
.status-no-evidence { background: var(--no-evidence); }
.status-no-comment { background: var(--no-comment); }
.status-hedged { background: var(--hedged); }
.status-confirmed { background: var(--confirmed); }
.status-asserted { background: var(--asserted); }
.status-unsourced { background: var(--unsourced); }
.source { font-weight: 600; border-bottom: 2px solid currentColor; }
.tag { font: 600 10px/1 ui-monospace, monospace; padding: 1px 3px; margin-left: 1px; border-radius: 3px; color: #fff; background: var(--vague); vertical-align: super; white-space: nowrap; }
.markup { color: #8a8f98; font: 12px/1.6 ui-monospace, SFMono-Regular, Menlo, monospace; }
.cue { font-style: italic; text-decoration: underline dotted; text-underline-offset: 3px; }
.chip { display: inline-block; padding: 0 6px; border-radius: 10px; font-size: 12px; white-space: nowrap; }
.chip[class*="kind-"] { color: #fff; }
.kind-person { color: var(--person); } .tag.kind-person, .chip.kind-person { background: var(--person); color: #fff; }
.kind-organization { color: var(--organization); } .tag.kind-organization, .chip.kind-organization { background: var(--organization); color: #fff; }
.kind-government { color: var(--government); } .tag.kind-government, .chip.kind-government { background: var(--government); color: #fff; }
.kind-state-media { color: var(--state-media); } .tag.kind-state-media, .chip.kind-state-media { background: var(--state-media); color: #fff; }
.kind-news-agency { color: var(--news-agency); } .tag.kind-news-agency, .chip.kind-news-agency { background: var(--news-agency); color: #fff; }
.kind-publication { color: var(--publication); } .tag.kind-publication, .chip.kind-publication { background: var(--publication); color: #fff; }
.kind-anonymous { color: var(--anonymous); } .tag.kind-anonymous, .chip.kind-anonymous { background: var(--anonymous); color: #fff; }
.kind-vague { color: var(--vague); } .tag.kind-vague, .chip.kind-vague { background: var(--vague); color: #fff; }
.kind-self { color: var(--self); } .tag.kind-self, .chip.kind-self { background: var(--self); color: #fff; }
.focus.source, .focus.tag { outline: 2px solid #f9a825; outline-offset: 1px; background: #fff59d; }
ol.messages { margin: 0; padding: 0; list-style: none; }
li.message { display: block; padding: 5px 6px; border-bottom: 1px solid var(--rule); }
li.message a.go { color: inherit; text-decoration: none; display: block; border-radius: 4px; }
li.message a.go:hover .reason, li.message a.go:focus .reason { text-decoration: underline; }
li.message .num { display: inline-block; min-width: 1.6em; padding: 0 4px; border-radius: 8px; text-align: center; font: 600 11px/1.5 ui-monospace, monospace; color: #fff; background: var(--muted); }
li.message .where { font-family: ui-monospace, monospace; color: var(--muted); }
li.message .severity { font-weight: 600; }
li.severity-error .severity { color: #b3261e; } li.severity-error .num { background: #b3261e; }
li.severity-warning .severity { color: #a15c00; } li.severity-warning .num { background: #a15c00; }
li.severity-info .severity { color: var(--muted); }
li.message .rule { display: inline-block; color: var(--muted); font-size: 12px; margin-left: 2em; }
li.message.current { background: #fff8d6; }
/* A message's passage: outlined, with its number after it. */
.flag { border-radius: 3px; outline: 2px solid var(--flag); outline-offset: 1px; --flag: #8a8f98; scroll-margin: 30vh 0; }
.flag.severity-error { --flag: #b3261e; } .flag.severity-warning { --flag: #c77700; }
.flag:target, .flag.current { outline-width: 3px; background: #fff59d; }
sup.ref { font: 600 10px/1 ui-monospace, monospace; margin-left: 2px; }
sup.ref a { color: #fff; background: var(--muted); border-radius: 6px; padding: 1px 4px; text-decoration: none; }
sup.ref.severity-error a { background: #b3261e; } sup.ref.severity-warning a { background: #a15c00; }
.legend sup.ref span { color: #fff; background: #a15c00; border-radius: 6px; padding: 1px 4px; }
`

/**
 * Hovering or focusing a party row marks its every mention in the text;
 * clicking scrolls to the first. Following a message's link marks every
 * piece of its passage (the link target is only the first) and the message.
 */
export const reportScript = `
(function () {
  function mentions(row) {
    var section = row.closest('section.draft');
    return section ? section.querySelectorAll('.text [data-party="' + row.getAttribute('data-party') + '"]') : [];
  }
  function set(row, on) {
    row.classList.toggle('focus', on);
    mentions(row).forEach(function (node) { node.classList.toggle('focus', on); });
  }
  document.querySelectorAll('table.parties tr[data-party]').forEach(function (row) {
    row.addEventListener('mouseenter', function () { set(row, true); });
    row.addEventListener('mouseleave', function () { set(row, false); });
    row.addEventListener('focus', function () { set(row, true); });
    row.addEventListener('blur', function () { set(row, false); });
    row.addEventListener('click', function (event) {
      if (event.target.closest('a')) return;
      var first = mentions(row)[0];
      if (first) first.scrollIntoView({block: 'center', behavior: 'smooth'});
    });
  });
  function showTarget() {
    document.querySelectorAll('.current').forEach(function (node) { node.classList.remove('current'); });
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target || !target.classList.contains('flag')) return;
    var section = target.closest('section.draft');
    section.querySelectorAll('.flag[data-message="' + target.getAttribute('data-message') + '"]').forEach(function (node) { node.classList.add('current'); });
    var item = document.getElementById(id.replace(/-m(\\d+)$/, '-message-$1'));
    if (item) item.classList.add('current');
  }
  window.addEventListener('hashchange', showTarget);
  showTarget();
})();
`
