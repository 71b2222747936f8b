/**
 * The add-on's menu (Extensions → planbook), the sidebar and the KPI functions' help. onOpen
 * runs in AuthMode.NONE in a document where the add-on is installed but not yet used: it only
 * builds the menu.
 */
import { KPI_FUNCTIONS } from '../../core/kpi/registry';

export function onOpen(): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('New plan…', 'showSidebar')
    .addItem('KPI functions help', 'showKpiHelp')
    .addToUi();
}

export function onInstall(): void {
  onOpen();
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('planbook');
  SpreadsheetApp.getUi().showSidebar(html);
}

const escape = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string,
  );

/** The KPI_* functions with the help the registry gives them (the same as their autocomplete). */
export function kpiHelpHtml(): string {
  const items = KPI_FUNCTIONS.map((f) => {
    const args = f.params.map((p, i) => (i < f.required ? p : `[${p}]`)).join(', ');
    const params = f.params
      .map((p, i) => `<li><code>${p}</code>: ${escape(f.help.params[i])}</li>`)
      .join('');
    return (
      `<h3><code>=KPI_${f.id}(${args})</code></h3><p>${escape(f.help.description)}</p>` +
      `<ul>${params}</ul><p>${escape(f.help.returns)}</p>`
    );
  });
  return (
    '<div style="font-family:sans-serif;font-size:13px">' +
    '<p>Use these in any cell. In another spreadsheet, turn the add-on on first: Extensions → ' +
    'Add-ons → Manage add-ons → planbook → Use in this document.</p>' +
    `${items.join('')}</div>`
  );
}

export function showKpiHelp(): void {
  const html = HtmlService.createHtmlOutput(kpiHelpHtml()).setWidth(520).setHeight(560);
  SpreadsheetApp.getUi().showModelessDialog(html, 'planbook KPI functions');
}
