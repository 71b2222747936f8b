/**
 * The figures the README quotes about the add-ins, as the bench prints them: per plan the Sheets
 * renderer's service calls and estimated write (the fake SpreadsheetApp, cost.ts), the Excel
 * renderer's requests and the largest in bytes on the wire (Office.js's own serializer). Deterministic, so `npm run bench -- --readme` writes them into the README between
 * the figures markers and test/readme-figures.test.ts checks that they still hold.
 */
import { buildPlan } from '../core/generate';
import { samplePlan } from '../core/plan/samples';
import type { PlanInput } from '../core/plan/types';
import { renderSpec as renderExcel } from '../excel-addin/src/render';
import { renderSpec as renderSheets } from '../sheets-addon/src/render';
import { writeEstimate } from '../sheets-addon/src/render/cost';
import { runOnTheWire } from './fakes/excel/office-js';
import { installSheetsHost } from './fakes/sheets-host';
import { largePlanInput, worstPlanInput } from './plans';

export const FIGURE_PLANS: [string, PlanInput][] = [
  ['the English sample', samplePlan('en')],
  ['the Persian sample', samplePlan('fa')],
  ['2,000 tasks, 156 weeks by day (RACE)', largePlanInput(2000, 156, 'day', 'race')],
  ['the largest admitted (AISAS, Chinese, every text at its longest)', worstPlanInput('aisas')],
  ['the same in Persian', { ...worstPlanInput('aisas'), language: 'fa' }],
];

export interface Figures {
  plan: string;
  sheetsCalls: number;
  sheetsSeconds: number;
  excelRequests: number;
  excelLargest: number;
}

export async function measureFigures(plans = FIGURE_PLANS): Promise<Figures[]> {
  const rows: Figures[] = [];
  for (const [plan, input] of plans) {
    const result = buildPlan(input, { today: 46388 });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const sheets = installSheetsHost();
    renderSheets(sheets.book as never, result.spec);
    const { wire } = await runOnTheWire((context) => renderExcel(context, result.spec));
    rows.push({
      plan,
      sheetsCalls: sheets.log.service,
      sheetsSeconds: writeEstimate(result.spec).seconds,
      excelRequests: wire.requests.length,
      excelLargest: Math.max(...wire.requests),
    });
  }
  return rows;
}

export const FIGURES_START = '<!-- figures: `npm run bench -- --readme` writes this table -->';
export const FIGURES_END = '<!-- /figures -->';

/** The README's table of the figures. */
export function figuresTable(rows: Figures[]): string {
  const lines = [
    '| plan | Sheets: service calls | Sheets: estimated write | Excel: requests | Excel: largest request |',
    '| ---- | --------------------: | ----------------------: | --------------: | ---------------------: |',
    ...rows.map(
      (r) =>
        `| ${r.plan} | ${r.sheetsCalls} | ${Math.round(r.sheetsSeconds)} s | ${r.excelRequests} | ${(r.excelLargest / 1e6).toFixed(2)} MB |`,
    ),
  ];
  return lines.join('\n');
}

/** The README with its figures table replaced (the markers must be there). */
export function withFigures(readme: string, table: string): string {
  const start = readme.indexOf(FIGURES_START);
  const end = readme.indexOf(FIGURES_END);
  if (start < 0 || end < start) throw new Error('README.md has no figures markers');
  return `${readme.slice(0, start + FIGURES_START.length)}\n\n${table}\n\n${readme.slice(end)}`;
}

/** A table's cells, row by row, as text (however Prettier aligned the columns). */
export function tableCells(table: string): string[][] {
  return table
    .trim()
    .split('\n')
    .filter((line) => !/^\|[\s:|-]+\|$/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

/** The table as it stands in the README, as cells. */
export function readmeFigures(readme: string): string[][] {
  const start = readme.indexOf(FIGURES_START);
  const end = readme.indexOf(FIGURES_END);
  if (start < 0 || end < start) throw new Error('README.md has no figures markers');
  return tableCells(readme.slice(start + FIGURES_START.length, end));
}
