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
.legend { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; font-size: 12px; }
.legend > span:not(.chip) { color: var(--muted); margin: 0 4px 0 8px; }
section.draft { margin: 0 24px 24px; background: var(--paper); border: 1px solid var(--rule); border-radius: 8px; padding: 16px 20px; }
section.draft h2 { margin: 0; font-size: 17px; font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
.stats { margin: 4px 0 12px; color: var(--muted); font-size: 13px; }
.layout { display: grid; grid-template-columns: minmax(0, 1.3fr) minmax(380px, 1fr); gap: 24px; align-items: start; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
article.text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif; font-size: 16px; line-height: 1.75; }
aside { font-size: 13px; position: sticky; top: 12px; max-height: calc(100vh - 24px); overflow: auto; }
aside h3 { margin: 12px 0 6px; font-size: 14px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid var(--rule); }
th { font-weight: 600; color: var(--muted); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.id { font-family: ui-monospace, monospace; color: var(--muted); }
td.unnamed { color: var(--anonymous); font-weight: 600; }
.descriptor { color: var(--muted); font-size: 12px; }
tr.single td.single-flag { color: #b3261e; font-weight: 600; white-space: nowrap; }
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
ol.messages { margin: 0; padding-left: 18px; }
li.message .where { font-family: ui-monospace, monospace; color: var(--muted); }
li.message .severity { font-weight: 600; }
li.severity-error .severity { color: #b3261e; }
li.severity-warning .severity { color: #a15c00; }
li.severity-info .severity { color: var(--muted); }
li.message .rule { color: var(--muted); font-size: 12px; }
`

/**
 * Hovering or focusing a party row marks its every mention in the text;
 * clicking scrolls to the first.
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
})();
`
