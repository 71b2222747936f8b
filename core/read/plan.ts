/**
 * Reading a plan back from a workbook planbook wrote, after the marketer's edits: the plan JSON
 * that generates it again. Host-agnostic: a WorkbookCells adapter gives the cells (the CLI's
 * reads an .xlsx with ExcelJS). Only what the marketer typed is read — input cells, found by
 * the workbook's names and the Settings sheet's rows; a formula's cached value is never needed
 * (an .xlsx planbook wrote has none until a spreadsheet program saves it).
 *
 * Read into the plan's fields: what made the workbook (version, framework, language, plan id),
 * the business, period, report date, tolerance, economics, country, working week and days off;
 * channels with their kind and budget; objectives (5S, KPI, baseline, target, what it counts,
 * deadline, owner); tasks (id, name, stage, channel, owner, links, not-before date, days,
 * buffer, progress, budget, internal lead); results by month and channel. Every other input
 * cell whose value differs from what those fields generate (SWOT, checklists, the review log,
 * a budget's months, channel targets, seasonality weights, baselines…) goes into `cells`.
 */
import { FRAMEWORKS, findFramework, stageKey } from '../frameworks';
import { LANGUAGES, languagePack, translator } from '../i18n';
import { FIVE_S, KPI_CATALOGUE, RAW_METRICS } from '../kpi/catalogue';
import { isoDate, parseIsoDate } from '../dates/serial';
import { buildPlan } from '../generate';
import { forEachCell } from '../workbook/grid';
import { monthKey } from '../dates/months';
import { cellRef, parseRange } from '../workbook/a1';
import { PLANBOOK_VERSION } from '../version';
import {
  CHANNEL_KINDS,
  CHANNEL_KPIS,
  TARGET_MEANINGS,
  TIMELINES,
  formatPlanError,
  type PlanInput,
  type TypedCell,
} from '../plan/types';
import { GANTT } from '../sheets/layouts/schedule';
import { CONTROL_COLUMNS } from '../sheets/layouts/control';

export type CellValue = number | string | boolean | null;

/** What reading needs of a workbook, whatever its host. */
export interface WorkbookCells {
  /** The workbook's sheet titles, in order. */
  sheets(): string[];
  /** The sheet a defined name refers to, and its range ("$A$6:$A$17"); undefined if none. */
  name(name: string): { sheet: string; ref: string } | undefined;
  /** A cell's value (a date as its serial number), null when empty. */
  value(sheet: string, row: number, col: number): CellValue;
  /** A cell's formula, without "=", or undefined when it holds none. */
  formula(sheet: string, row: number, col: number): string | undefined;
}

/** A workbook planbook cannot read: not one of its own, or one a newer planbook wrote. */
export class ReadError extends Error {}

export interface ReadResult {
  plan: PlanInput;
  /** Sheets the marketer added: kept in the workbook, not read into the plan. */
  notRead: string[];
  /** Cells holding what could not be read, with why ("Schedule!C9: stage “Launch” unknown"). */
  problems: string[];
}

/** The Settings sheet's rows (1-based) as this version lays them out. */
const SETTINGS = {
  reportDate: 5,
  tolerance: 6,
  start: 7,
  weeks: 9,
  framework: 10,
  language: 11,
  currency: 12,
  timeline: 13,
  grossMargin: 14,
  purchasesPerYear: 15,
  lifespanYears: 16,
  country: 17,
  version: 18,
  planId: 19,
} as const;

export function readPlan(cells: WorkbookCells): ReadResult {
  const problems: string[] = [];
  const at = (name: string) => {
    const found = cells.name(name);
    if (!found) throw new ReadError(`not a planbook workbook: it has no name ${name}`);
    return { sheet: found.sheet, ...parseRange(found.ref.replace(/\$/g, '')) };
  };
  const settings = at('ReportDate').sheet;
  const setting = (row: number) => cells.value(settings, row, 2);
  const version = String(setting(SETTINGS.version) ?? '');
  const written = /^planbook (\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!written) throw new ReadError('not a planbook workbook: its Settings sheet names no version');
  if (Number(written[1]) > Number(PLANBOOK_VERSION.split('.')[0])) {
    throw new ReadError(`written by ${version}, newer than planbook ${PLANBOOK_VERSION}`);
  }
  const framework = matchWord(String(setting(SETTINGS.framework) ?? ''), (t) =>
    FRAMEWORKS.map((f) => [f.id, t(`framework.${f.id}.name`)]),
  );
  const language = LANGUAGES.find((code) => languagePack(code).name === setting(SETTINGS.language));
  if (!framework || !language) {
    throw new ReadError(
      'not a planbook workbook: its framework or language is not one planbook knows',
    );
  }
  const t = translator(language);
  const fw = findFramework(framework)!;
  const where = (sheet: string, row: number, col: number) => `${sheet}!${cellRef(row, col)}`;
  const text = (v: CellValue) => (v === null ? '' : String(v).trim());
  const num = (v: CellValue) => (typeof v === 'number' ? v : undefined);
  const day = (v: CellValue) => (typeof v === 'number' ? isoDate(v) : undefined);
  const byWord = (words: [string, string][], sheet: string, row: number, col: number) => {
    const typed = text(cells.value(sheet, row, col));
    if (typed === '') return undefined;
    const found = words.find(([id, word]) => typed === word || typed === id)?.[0];
    if (!found) problems.push(`${where(sheet, row, col)}: “${typed}” is not one of the choices`);
    return found;
  };
  const columns = new Map<string, ReturnType<typeof columnOf>>();
  const columnOf = (name: string) => {
    const r = at(name);
    const rows = Array.from({ length: r.row2 - r.row1 + 1 }, (_, i) => r.row1 + i);
    return { ...r, rows, get: (row: number, col = r.col1) => cells.value(r.sheet, row, col) };
  };
  // Each name's range looked up once: the Data sheet's are read row by row.
  const column = (name: string) => {
    let found = columns.get(name);
    if (!found) columns.set(name, (found = columnOf(name)));
    return found;
  };

  const timeline = byWord(
    TIMELINES.map((x) => [x, t(`timeline.${x}`)]),
    settings,
    SETTINGS.timeline,
    2,
  );
  const plan: PlanInput = {
    framework,
    id: text(setting(SETTINGS.planId)) || undefined,
    language,
    business: {
      name: overviewName(cells, language) ?? undefined,
      currency: text(setting(SETTINGS.currency)) || undefined,
      country: text(setting(SETTINGS.country)) || undefined,
    },
    period: { start: day(setting(SETTINGS.start)), weeks: num(setting(SETTINGS.weeks)) },
    timeline: timeline as PlanInput['timeline'],
    reportDate: day(setting(SETTINGS.reportDate)),
    tolerance: num(setting(SETTINGS.tolerance)),
  };
  const economics = Object.fromEntries(
    (['grossMargin', 'purchasesPerYear', 'lifespanYears'] as const).flatMap((e) => {
      const v = num(setting(SETTINGS[e]));
      return v === undefined ? [] : [[e, v]];
    }),
  );
  if (Object.keys(economics).length > 0) plan.economics = economics;

  // The working week (a 1 under each day worked) and the days off.
  const week = at('WorkWeek');
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  plan.workingDays = days.filter((_, i) => cells.value(week.sheet, week.row1, week.col1 + i) === 1);
  const holidays = column('Holidays');
  plan.holidays = holidays.rows.flatMap((row) => {
    const date = day(holidays.get(row));
    const name = text(cells.value(holidays.sheet, row, holidays.col1 + 1));
    return date ? [name ? { date, name } : date] : [];
  });

  // Channels: their names and budgets on Budget, their kinds on Data.
  const budget = column('Budget_Channel');
  const months = at('Budget_Months');
  const kinds = CHANNEL_KINDS.map((k): [string, string] => [k, t(`channelKind.${k}`)]);
  const dataChannel = column('Data_Channel');
  const dataKind = column('Data_Kind');
  plan.channels = budget.rows.flatMap((row) => {
    const name = text(budget.get(row));
    if (!name) return [];
    let total = 0;
    for (let col = months.col1; col <= months.col2; col++) {
      total += num(cells.value(budget.sheet, row, col)) ?? 0;
    }
    const kindRow = dataChannel.rows.find((r) => text(dataChannel.get(r)) === name);
    const kind = kindRow ? byWord(kinds, dataKind.sheet, kindRow, dataKind.col1) : undefined;
    return [{ name, budget: total, ...(kind ? { kind: kind as 'paid' } : {}) }];
  });

  // Channel targets: the channels' sections on Control, a measure's row by its KPI code (under
  // the channel's title, or among the untargeted rows as "channel · measure").
  const control = column('Control_ID');
  let current: string | undefined;
  const names = new Set(plan.channels.map((c) => c.name));
  const targets = new Map<string, Record<string, number>>();
  for (const row of control.rows) {
    const code = text(control.get(row));
    const name = text(cells.value(control.sheet, row, CONTROL_COLUMNS.name));
    if (!code) {
      current = names.has(name) ? name : undefined;
      continue;
    }
    if (!(CHANNEL_KPIS as readonly string[]).includes(code)) continue;
    const owner = current ?? [...names].find((c) => name.startsWith(`${c} · `));
    const target = num(cells.value(control.sheet, row, CONTROL_COLUMNS.target));
    if (owner === undefined || target === undefined) continue;
    targets.set(owner, { ...targets.get(owner), [code]: target });
  }
  for (const channel of plan.channels) {
    const own = targets.get(channel.name);
    if (own) channel.targets = own;
  }

  // Objectives: the SMART rows with a KPI.
  const kpiWords = KPI_CATALOGUE.map((k): [string, string] => [k.id, t(`kpi.${k.id}`)]);
  const fiveS = column('Objectives_FiveS');
  const kpiCol = column('Objectives_KPI');
  const objectives = fiveS.rows.flatMap((row) => {
    const kpi = byWord(kpiWords, kpiCol.sheet, row, kpiCol.col1);
    if (!kpi) return [];
    const category = byWord(
      FIVE_S.map((c) => [c, t(`fiveS.${c}.name`)]),
      fiveS.sheet,
      row,
      fiveS.col1,
    );
    const counts = column('Objectives_TargetIs');
    const targetIs = byWord(
      TARGET_MEANINGS.map((m) => [m, t(`targetIs.${m}`)]),
      counts.sheet,
      row,
      counts.col1,
    );
    const deadline = column('Objectives_Deadline');
    return [
      {
        category: category ?? 'sell',
        kpi,
        baseline: num(column('Objectives_Baseline').get(row)) ?? null,
        target: num(column('Objectives_Target').get(row)) ?? null,
        ...(targetIs ? { targetIs: targetIs as 'increase' } : {}),
        deadline: day(deadline.get(row)),
        owner: text(cells.value(deadline.sheet, row, deadline.col1 + 1)) || undefined,
      },
    ];
  });
  if (objectives.length > 0) plan.objectives = objectives;

  // Tasks: the Gantt's rows with an id.
  const ids = column('Tasks_ID');
  const stages = fw.stages.map((s): [string, string] => [s.id, t(stageKey(fw.id, s.id, 'name'))]);
  const idOfRow = new Map(ids.rows.map((row) => [row, text(ids.get(row))]));
  const cell = (row: number, col: number) => cells.value(ids.sheet, row, col);
  const C = GANTT.col;
  const tasks: NonNullable<PlanInput['tasks']> = ids.rows.flatMap((row) => {
    const id = idOfRow.get(row);
    if (!id) return [];
    return [
      {
        id,
        name: text(cell(row, C.name)),
        stage: byWord(stages, ids.sheet, row, C.stage) ?? fw.scheduleStage ?? fw.stages[0].id,
        channel: text(cell(row, C.channel)) || null,
        owner: text(cell(row, C.owner)) || undefined,
        start: day(cell(row, C.notBefore)) ?? null,
        days: num(cell(row, C.days)),
        buffer: num(cell(row, C.buffer)),
        progress: num(cell(row, C.progress)),
        budget: num(cell(row, C.budget)),
        internalLead: num(cell(row, C.internalLead)),
      },
    ];
  });
  // Links: the "after" cell names its predecessors' id cells (a formula), or is typed text.
  const linksOf = readLinks(cells, ids.sheet, idOfRow);
  plan.tasks = tasks;
  for (const task of tasks) {
    const row = ids.rows.find((r) => idOfRow.get(r) === task.id)!;
    const links = linksOf(row);
    if (links) task.dependsOn = links;
  }

  // Results: the Data sheet's rows, one per month and channel.
  const month = column('Data_Month');
  const none = t('data.noChannel');
  const results = month.rows.flatMap((row) => {
    const values = Object.fromEntries(
      RAW_METRICS.flatMap((m) => {
        const v = num(column(`Data_${m}`).get(row));
        return v === undefined ? [] : [[m, v]];
      }),
    );
    const first = num(month.get(row));
    if (Object.keys(values).length === 0 || first === undefined) return [];
    const channel = text(dataChannel.get(row));
    return [
      { month: monthKey(first), channel: channel && channel !== none ? channel : null, ...values },
    ];
  });
  if (results.length > 0) plan.channelResults = results;
  const notRead = typedCells(cells, plan, problems);
  return { plan, notRead, problems };
}

/**
 * Every other input cell: the plan read so far generates the same layout, so each input cell
 * of its workbook whose value the marketer changed goes into `cells`, by sheet id and address;
 * a value typed over a formula is reported (the formula is written again). Returns the sheets
 * the marketer added, which are not read.
 */
function typedCells(cells: WorkbookCells, plan: PlanInput, problems: string[]): string[] {
  const today = plan.reportDate ? serialOf(plan.reportDate) : 0;
  const built = buildPlan(plan, { today });
  if (!built.ok) {
    problems.push(...built.errors.map(formatPlanError));
    return [];
  }
  const typed: TypedCell[] = [];
  // Control's channel sections move a measure up when it gets a target: their targets are read
  // as the channels' own, not by address.
  const funnel = built.spec.names.find((n) => n.name === 'KPI_ID');
  const funnelEnd = funnel ? parseRange(funnel.ref.replace(/\$/g, '')).row2 : Infinity;
  for (const sheet of built.spec.sheets) {
    if (!cells.sheets().includes(sheet.title)) {
      problems.push(
        `${sheet.title}: not in the workbook (renamed or deleted); its cells are not read`,
      );
      continue;
    }
    forEachCell(sheet, (row, col, cell) => {
      if (sheet.id === 'control' && row > funnelEnd) return;
      const address = cellRef(row, col);
      const value = cells.value(sheet.title, row, col);
      if (cell.formula !== undefined) {
        if (value !== null && cells.formula(sheet.title, row, col) === undefined) {
          problems.push(
            `${sheet.title}!${address}: ${JSON.stringify(value)} typed over its formula, which is written again`,
          );
        }
        return;
      }
      if (!cell.style?.startsWith('input')) return;
      const written = cell.value ?? null;
      if (!sameValue(value, written)) typed.push({ sheet: sheet.id, cell: address, value });
    });
  }
  if (typed.length > 0) plan.cells = typed;
  const ours = new Set(built.spec.sheets.map((s) => s.title));
  return cells.sheets().filter((title) => !ours.has(title));
}

function sameValue(a: CellValue, b: CellValue): boolean {
  const blank = (v: CellValue) => v === null || v === '';
  return (blank(a) && blank(b)) || a === b;
}

/** A YYYY-MM-DD date's serial. */
function serialOf(iso: string): number {
  return parseIsoDate(iso) ?? 0;
}

/** The business's name: the Overview's title cell. */
function overviewName(cells: WorkbookCells, language: string): string | null {
  const title = translator(language)('sheet.overview');
  const v = cells.value(title, 1, 1);
  return typeof v === 'string' && v.trim() ? v : null;
}

/**
 * The links of the task on `row`: its "after" cell's formula reads predecessor id cells
 * (A7&"SS+2") and this version writes no cached value, so the links come from the formula.
 */
function readLinks(cells: WorkbookCells, sheet: string, idOfRow: Map<number, string>) {
  return (row: number): string | undefined => {
    const formula = cells.formula(sheet, row, GANTT.col.dependsOn);
    if (formula === undefined) {
      const typed = cells.value(sheet, row, GANTT.col.dependsOn);
      return typeof typed === 'string' && typed.trim() ? typed.trim() : undefined;
    }
    const parts = formula.split('&", "&').map((part) => {
      const m = /^\$?A\$?(\d+)(?:&"([^"]*)")?$/.exec(part.trim());
      if (!m) return undefined;
      const id = idOfRow.get(Number(m[1]));
      return id === undefined ? undefined : `${id}${m[2] ?? ''}`;
    });
    return parts.every((p) => p !== undefined) ? parts.join(', ') : undefined;
  };
}

/** The id of a word in any language's terms (the plan's language is tried first by the caller). */
function matchWord(
  typed: string,
  words: (t: (key: string) => string) => string[][],
): string | undefined {
  for (const code of LANGUAGES) {
    const found = words(translator(code)).find(([, word]) => word === typed.trim());
    if (found) return found[0];
  }
  return undefined;
}
