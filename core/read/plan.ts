/**
 * Reading a plan back from a workbook planbook wrote, after the marketer's edits: the plan JSON
 * that generates it again. Host-agnostic: a WorkbookCells adapter gives the cells (the CLI's
 * reads an .xlsx with ExcelJS). Only what the marketer typed is read — input cells, found by
 * the workbook's names and the Settings sheet's rows; a formula's cached value is never needed
 * (an .xlsx planbook wrote has none until a spreadsheet program saves it).
 *
 * Into the plan's fields (settings.ts, parts.ts): what made the workbook, the business, period,
 * report date, tolerance, economics, country, working week and days off; channels with their
 * kind, budget and targets; objectives; tasks with their links; results by month and channel.
 * Every other input cell whose value differs from what those fields generate (SWOT, checklists,
 * the review log, a budget's months, seasonality weights, baselines…) goes into `cells`
 * (typed-cells.ts).
 */
import { translator } from '../i18n';
import type { PlanInput } from '../plan/types';
import { Reader, type WorkbookCells } from './cells';
import { readChannels, readObjectives, readResults, readTasks } from './parts';
import { readProvenance, readSettings } from './settings';
import { readTypedCells } from './typed-cells';

export { ReadError, type CellValue, type WorkbookCells } from './cells';

export interface ReadResult {
  plan: PlanInput;
  /** Sheets the marketer added: kept in the workbook, not read into the plan. */
  notRead: string[];
  /** Cells holding what could not be read, with why ("Schedule!C9: “Launch” is not one…"). */
  problems: string[];
}

export function readPlan(cells: WorkbookCells): ReadResult {
  const r = new Reader(cells);
  const { fw, language } = readProvenance(r);
  const t = translator(language);
  const plan = readSettings(r, fw, language);
  plan.channels = readChannels(r, t);
  const objectives = readObjectives(r, t);
  if (objectives.length > 0) plan.objectives = objectives;
  plan.tasks = readTasks(r, fw, t);
  const results = readResults(r, t);
  if (results.length > 0) plan.channelResults = results;
  const notRead = readTypedCells(r, plan);
  return { plan, notRead, problems: r.problems };
}
