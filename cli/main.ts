/**
 * The planbook command: flags or --input plan.json → a plan workbook (.xlsx). Bad input exits
 * with code 2, every error on stderr and no file written; the file is written atomically
 * (output.ts). Nothing from the input reaches the terminal unescaped.
 */
import { publicHolidays } from '../core/holidays/public-holidays';
import { promises as fs } from 'fs';
import path from 'path';
import { generate } from '../core/generate';
import { isLanguage, translator, type Translate } from '../core/i18n';
import { serialOfDate } from '../core/dates/serial';
import { samplePlan } from '../core/plan/samples';
import type { PlanInput } from '../core/plan/types';
import { formatPlanError } from '../core/plan/types';
import { xlsxHost } from '../core/xlsx/host';
import { printable } from '../core/plan/text';
import { flagLanguage, parseArgs, usage, type CliOptions } from './args';
import { prepareOutput, writeFailure, writeOutput } from './output';
import { readWorkbookFile, runRead } from './read';
import { carryOver } from '../core/read/carry';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  now: () => Date;
  cwd: string;
}

/** The flag that sets each plan field, and its key among the overrides. */
const FLAG_OF_FIELD: Record<string, [string, keyof CliOptions['overrides']]> = {
  framework: ['--framework', 'framework'],
  language: ['--language', 'language'],
  'period.start': ['--start', 'start'],
  'period.weeks': ['--weeks', 'weeks'],
  timeline: ['--timeline', 'timeline'],
  reportDate: ['--report-date', 'reportDate'],
};

/** Runs the command; resolves to the process exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const err = (line: string) => io.err(printable(line));
  // Until the input is read the command speaks --language's language (or English).
  const asked = flagLanguage(argv);
  let t = translator(asked ?? 'en');
  if (argv[0] === 'read') return runRead(argv.slice(1), io, t);
  // `update plan.xlsx …`: the plan read back from the workbook is the input.
  const workbook = argv[0] === 'update' ? argv[1] : undefined;
  if (argv[0] === 'update') {
    if (workbook === undefined || workbook.startsWith('-')) {
      err(t('cli.update.usage'));
      return 2;
    }
    argv = argv.slice(2);
  }
  const parsed = parseArgs(argv, t);
  if (!parsed.ok) {
    parsed.errors.forEach(err);
    return 2;
  }
  const { options } = parsed;
  if (workbook !== undefined) {
    const problems = [
      ...(options.input !== undefined ? [t('cli.update.noInput')] : []),
      ...(argv.some((a) => a === '--out' || a.startsWith('--out='))
        ? []
        : [t('cli.update.needsOut')]),
    ];
    if (problems.length > 0) {
      problems.forEach(err);
      return 2;
    }
  }
  if (options.help) {
    io.out(usage(t));
    return 0;
  }
  const began = Date.now();
  const source = workbook ?? options.input;
  const inputPath = source === undefined ? undefined : path.resolve(io.cwd, source);
  const resolved = path.resolve(io.cwd, options.out);
  const output = await prepareOutput(options.out, resolved, inputPath, undefined, t);
  if (!output.ok) {
    err(output.error);
    return 2;
  }
  const input =
    workbook !== undefined && inputPath !== undefined
      ? await readUpdated(inputPath, workbook, options, t, err)
      : await readInput(options, inputPath, asked ?? 'en', t);
  if (!input.ok) {
    err(input.error);
    return 2;
  }
  const plan = applyOverrides(input.value, options);
  // Then the plan's language, unless --language said otherwise.
  const language = asked ?? planLanguage(plan);
  t = translator(language);
  const host = xlsxHost(serialOfDate(io.now()), publicHolidays);
  const result = await generate(plan, host, { language });
  if (!result.ok) {
    for (const e of result.errors) err(`${formatPlanError(e)}${flagNote(e.path, options, t)}`);
    return 2;
  }
  const { summary } = result;
  for (const w of summary.warnings) err(t('cli.warning', { message: w }));
  try {
    await writeOutput(output.output, host.bytes());
  } catch (error) {
    err(t('cli.cannotWrite', { file: options.out, reason: writeFailure(error, t) }));
    return 1;
  }
  const seconds = ((Date.now() - began) / 1000).toFixed(2);
  io.out(printable(t('cli.wrote', { file: options.out, seconds })));
  const titles = summary.sheets.join(', ');
  io.out(printable(t('cli.sheets', { count: summary.sheets.length, titles })));
  io.out(t('cli.tasks', { count: summary.tasks }));
  io.out(t('cli.kpis', { count: summary.kpis }));
  return 0;
}

/** The plan's own language when it names one planbook has; else English. */
function planLanguage(plan: unknown): string {
  const language = (plan as { language?: unknown } | null)?.language;
  return isLanguage(language) ? language : 'en';
}

/** " (from --start)" when a flag, not the input file, set the field. */
function flagNote(field: string, options: CliOptions, t: Translate): string {
  const flag = FLAG_OF_FIELD[field];
  return flag && options.overrides[flag[1]] !== undefined
    ? t('cli.fromFlag', { flag: flag[0] })
    : '';
}

type Read = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * The plan of the workbook being updated, with what the flags' changes leave no place for
 * said on stderr (update.ts); the problems `read` reports are said too.
 */
async function readUpdated(
  file: string,
  shown: string,
  options: CliOptions,
  t: Translate,
  err: (line: string) => void,
): Promise<Read> {
  const read = await readWorkbookFile(file, shown, t);
  if (!read.ok) return read;
  for (const problem of read.result.problems) err(t('cli.warning', { message: problem }));
  if (read.result.notRead.length > 0) {
    err(t('cli.update.sheetsLeft', { parts: read.result.notRead.join('; ') }));
  }
  const { plan, dropped } = carryOver(read.result.plan, options.overrides, t);
  dropped.forEach(err);
  return { ok: true, value: plan };
}

/**
 * The input: the --input file; with none, a plan seeded from the framework when plan flags are
 * given, else the sample plan in the language asked for.
 */
async function readInput(
  options: CliOptions,
  file: string | undefined,
  language: string,
  t: Translate,
): Promise<Read> {
  if (options.input === undefined || file === undefined) {
    const planFlags = Object.keys(options.overrides).filter((k) => k !== 'language');
    return {
      ok: true,
      value: planFlags.length > 0 ? { framework: 'sostac' } : samplePlan(language),
    };
  }
  let text: string;
  try {
    // A byte-order mark (Notepad writes one) is not part of the JSON.
    text = (await fs.readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { ok: false, error: t('cli.cannotRead', { file: options.input, reason }) };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const reason = (error as Error).message;
    return { ok: false, error: t('cli.notJson', { file: options.input, reason }) };
  }
}

function applyOverrides(input: unknown, options: CliOptions): unknown {
  const o = options.overrides;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const plan = { ...(input as PlanInput) };
  if (o.framework !== undefined) plan.framework = o.framework;
  if (o.language !== undefined) plan.language = o.language;
  if (o.timeline !== undefined) plan.timeline = o.timeline as PlanInput['timeline'];
  if (o.reportDate !== undefined) plan.reportDate = o.reportDate;
  if (o.start !== undefined || o.weeks !== undefined) {
    plan.period = {
      ...plan.period,
      ...(o.start !== undefined ? { start: o.start } : {}),
      ...(o.weeks !== undefined ? { weeks: o.weeks } : {}),
    };
  }
  return plan;
}

/** Runs the command in this process (the package bin and `npm run plan`). */
export function main(): void {
  runCli(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    now: () => new Date(),
    cwd: process.env.INIT_CWD ?? process.cwd(),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: Error) => {
      console.error(`planbook: ${error.stack ?? error.message}`);
      process.exitCode = 1;
    },
  );
}

if (require.main === module) main();
