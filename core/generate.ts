/**
 * The one pipeline every caller uses, and the Host port it drives. A host (the Sheets add-on,
 * the Excel add-in, the .xlsx writer of the CLI and the playground) gives only what it alone
 * knows — today in its time zone, what the workbook already holds, optionally a holiday source
 * — and writes a spec; generate() does the rest once for all of them: validate once, read what
 * exists, build the spec with free titles, refuse names the workbook has, render, and on a
 * failure remove what the render added, so the workbook is as it was.
 */
import { translator } from './i18n';
import type { HolidaySource } from './plan/calendar';
import type { Plan, PlanError } from './plan/types';
import { formatPlanError } from './plan/types';
import { validatePlan } from './plan/validate';
import { buildWorkbook, type GenerateOptions } from './sheets/workbook';
import type { WorkbookSpec } from './workbook/spec';

export { generateWorkbook, type GenerateOptions } from './sheets/workbook';

/** What a workbook already holds: the titles of its sheets and its defined names. */
export interface Existing {
  titles: readonly string[];
  names: readonly string[];
}

/** What a run adds, and so what its undo removes: the spec's sheets (by title) and names. */
export interface Added {
  titles: readonly string[];
  names: readonly string[];
}

/** A host's answer: the value itself (Apps Script, which cannot wait) or a promise of it. */
type Answer<T, Async extends boolean> = Async extends true ? Promise<T> : T;

/**
 * The Host port. `render` writes the spec's sheets and names beside the workbook's own and may
 * fail part-way; `remove` takes away what a failed render added (the sheets of these titles
 * and these names, where they exist), and is called only then. A synchronous host (Apps
 * Script's services) answers directly; an asynchronous one (Excel.run, ExcelJS) with promises.
 */
export interface HostPort<Async extends boolean> {
  /** Whether the host answers with promises. */
  readonly async: Async;
  /** Today, as a serial day in the host's own time zone. */
  today(): number;
  /** Where a country's public holidays come from, when the host carries the library. */
  holidays?: HolidaySource;
  existing(): Answer<Existing, Async>;
  /**
   * What stops the host writing this plan's spec, as errors that say what to shrink (a limit
   * of the host's own, such as Apps Script's run time); none when it can. Asked before render.
   */
  admit?(spec: WorkbookSpec, plan: Plan): PlanError[];
  render(spec: WorkbookSpec): Answer<void, Async>;
  remove(added: Added): Answer<void, Async>;
}
export type SyncHost = HostPort<false>;
export type AsyncHost = HostPort<true>;

/** A step of the pipeline, told to the caller as it starts (the sidebar's status line). */
export type GenerationStep = 'validating' | 'building' | 'writing';

/** What a plan's workbook holds, for the CLI's and the sidebar's summaries. */
export interface PlanSummary {
  /** The sheets' titles in tab order. */
  sheets: string[];
  tasks: number;
  kpis: number;
  /** What the marketer should know about the plan (formatted, input escaped). */
  warnings: string[];
}

/** A valid plan with its workbook and summary. */
export interface Built {
  ok: true;
  plan: Plan;
  spec: WorkbookSpec;
  summary: PlanSummary;
  warnings: PlanError[];
}

export type BuildResult = Built | { ok: false; errors: PlanError[] };

/** What the sidebar shows of a plan written. */
export interface GenerationSummary {
  sheets: number;
  tasks: number;
  kpis: number;
  seconds: number;
  /** What the marketer should know about the plan written (a task after the plan's end). */
  warnings: string[];
}

/** The sidebar's summary of a plan written: the pipeline's, counted, and how long it took. */
export function generationSummary(summary: PlanSummary, seconds: number): GenerationSummary {
  const { sheets, tasks, kpis, warnings } = summary;
  return { sheets: sheets.length, tasks, kpis, warnings, seconds };
}

export interface BuildOptions extends GenerateOptions {
  /** Today's serial, for the defaults that depend on it (start date, report date). */
  today: number;
  /** The language of the messages (errors, warnings); by default the plan's own. */
  language?: string;
  /** Where a country's public holidays come from (core/holidays/public-holidays). */
  holidays?: HolidaySource;
}

/** Validation and the spec, with no host: the input's errors, or its workbook and summary. */
export function buildPlan(input: unknown, options: BuildOptions): BuildResult {
  const checked = validatePlan(input, options);
  if (!checked.ok) return checked;
  return built(checked.plan, checked.warnings, options);
}

/** A valid plan's workbook, and the summary the CLI and the sidebar show of it. */
function built(plan: Plan, warnings: PlanError[], options: GenerateOptions): Built {
  const { spec, control, cellWarnings } = buildWorkbook(plan, options);
  const all = [...warnings, ...cellWarnings];
  const summary: PlanSummary = {
    sheets: spec.sheets.map((s) => s.title),
    tasks: plan.tasks.length,
    kpis: control.placed.length,
    warnings: all.map(formatPlanError),
  };
  return { ok: true, plan, spec, summary, warnings: all };
}

export interface RunOptions {
  /** The language of the messages; by default the plan's own. */
  language?: string;
  onProgress?: (step: GenerationStep) => void;
}

/**
 * The pipeline, as a generator that yields each host answer it waits for; runSync and runAsync
 * drive it, so the one procedure serves hosts that answer at once and hosts that answer later.
 */
function* pipeline(
  input: unknown,
  host: HostPort<boolean>,
  options: RunOptions,
): Generator<unknown, BuildResult, unknown> {
  const progress = options.onProgress ?? (() => undefined);
  progress('validating');
  const { language } = options;
  const checked = validatePlan(input, { today: host.today(), language, holidays: host.holidays });
  if (!checked.ok) return checked;
  const existing = (yield host.existing()) as Existing;
  progress('building');
  const result = built(checked.plan, checked.warnings, { existingTitles: existing.titles });
  const { spec } = result;
  const t = translator(language ?? checked.plan.language);
  const taken = new Set(existing.names.map((n) => n.toUpperCase()));
  const clash = spec.names.map((n) => n.name).filter((n) => taken.has(n.toUpperCase()));
  if (clash.length > 0) {
    throw new Error(t('error.namesTaken', { names: clash.slice(0, 3).join(', ') }));
  }
  const refused = host.admit?.(spec, checked.plan) ?? [];
  if (refused.length > 0) return { ok: false, errors: refused };
  progress('writing');
  const added: Added = {
    titles: spec.sheets.map((s) => s.title),
    names: spec.names.map((n) => n.name),
  };
  try {
    yield host.render(spec);
  } catch (error) {
    let undo: unknown;
    try {
      yield host.remove(added);
    } catch (undoError) {
      undo = undoError;
    }
    throw firstError(error, undo, t);
  }
  return result;
}

/**
 * The render's own error, which is what the marketer must see; the undo's, when it failed
 * too, said beside it (the workbook may then hold part of the plan).
 */
function firstError(error: unknown, undo: unknown, t: ReturnType<typeof translator>): Error {
  const first = error instanceof Error ? error : new Error(String(error));
  if (undo === undefined) return first;
  const reason = undo instanceof Error ? undo.message : String(undo);
  first.message = `${first.message} ${t('error.undoFailed', { reason })}`;
  return first;
}

function runSync<R>(steps: Generator<unknown, R, unknown>): R {
  let step = steps.next();
  while (!step.done) step = steps.next(step.value);
  return step.value;
}

async function runAsync<R>(steps: Generator<unknown, R, unknown>): Promise<R> {
  let step = steps.next();
  while (!step.done) {
    let value: unknown;
    try {
      value = await step.value;
    } catch (error) {
      step = steps.throw(error);
      continue;
    }
    step = steps.next(value);
  }
  return step.value;
}

/**
 * Generates a plan into a host's workbook: the input's errors (nothing written), or the plan,
 * its spec and summary once every sheet and name is written. Anything else that fails (a
 * workbook that already holds a plan's names, the host refusing a write) throws, with the
 * workbook as it was.
 */
export function generate(input: unknown, host: SyncHost, options?: RunOptions): BuildResult;
export function generate(
  input: unknown,
  host: AsyncHost,
  options?: RunOptions,
): Promise<BuildResult>;
export function generate(
  input: unknown,
  host: SyncHost | AsyncHost,
  options: RunOptions = {},
): BuildResult | Promise<BuildResult> {
  const steps = pipeline(input, host, options);
  return host.async ? runAsync(steps) : runSync(steps);
}
