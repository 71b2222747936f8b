/**
 * The Excel renderer: a WorkbookSpec written into the open workbook, beside the marketer's own
 * sheets, in one Excel.run with calculation suspended and a constant number of syncs (one for
 * a plan whose writes fit a request; more only where a request would pass Excel on the web's
 * 5 MB limit). It may fail part-way: core/generate then removes what it added (removeAdded).
 */
import type { GridLink } from '../../../core/workbook/grid';
import type { WorkbookSpec } from '../../../core/workbook/spec';
import { RequestBudget } from './budget';
import { writeLinks, writeSheet } from './sheet';
import { writeNames, writeRules, writeValidations } from './workbook';

/** The workbook's sheet titles and names, read in one sync before the plan is built. */
export async function readWorkbook(
  context: Excel.RequestContext,
): Promise<{ titles: string[]; names: string[] }> {
  const sheets = context.workbook.worksheets.load('items/name');
  const names = context.workbook.names.load('items/name');
  await context.sync();
  return { titles: sheets.items.map((s) => s.name), names: names.items.map((n) => n.name) };
}

/**
 * Writes the spec's sheets after the workbook's own, and shows the first of them; resolves to
 * the bytes each request it sent was counted at.
 */
export async function renderSpec(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
): Promise<number[]> {
  const budget = new RequestBudget(context);
  context.application.suspendApiCalculationUntilNextSync();
  const sheets = new Map<string, Excel.Worksheet>();
  for (const s of spec.sheets) {
    await budget.take(2, s.title);
    sheets.set(s.id, context.workbook.worksheets.add(s.title));
  }
  const links = new Map<string, GridLink[]>();
  for (const s of spec.sheets) {
    links.set(s.id, await writeSheet(sheets.get(s.id) as Excel.Worksheet, s, spec, budget));
  }
  await writeNames(context, spec, sheets, budget);
  const titles = new Map(spec.sheets.map((s) => [s.id, s.title]));
  for (const s of spec.sheets) {
    const ws = sheets.get(s.id) as Excel.Worksheet;
    await writeValidations(ws, s, spec, budget);
    await writeRules(ws, s, budget);
    await writeLinks(ws, links.get(s.id) ?? [], (id) => titles.get(id) as string, budget);
  }
  // A sheet that opens at a cell: selected (Excel keeps each sheet's selection and view).
  for (const s of spec.sheets.filter((x) => x.opensAt)) {
    const ws = sheets.get(s.id) as Excel.Worksheet;
    const { row, col } = s.opensAt as { row: number; col: number };
    ws.activate();
    ws.getRangeByIndexes(row - 1, col - 1, 1, 1).select();
  }
  (sheets.get(spec.sheets[0]?.id) as Excel.Worksheet | undefined)?.activate();
  await budget.finish();
  return budget.counted;
}

/**
 * Removes what a failed run added: the sheets of these titles and these names, where the
 * workbook has them (titles were chosen free and names checked, so none was there before).
 */
export async function removeAdded(
  context: Excel.RequestContext,
  added: { titles: readonly string[]; names: readonly string[] },
): Promise<void> {
  const sheets = added.titles.map((t) => context.workbook.worksheets.getItemOrNullObject(t));
  const names = added.names.map((n) => context.workbook.names.getItemOrNullObject(n));
  for (const item of [...sheets, ...names]) item.load('isNullObject');
  await context.sync();
  for (const item of [...names, ...sheets]) if (!item.isNullObject) item.delete();
  await context.sync();
}
