/**
 * The planbook command: flags or --input plan.json → a plan workbook (.xlsx). Bad input exits
 * with code 2, every error on stderr and no file written; the file is written atomically
 * (output.ts). Nothing from the input reaches the terminal unescaped.
 */
import { promises as fs } from 'fs';
import path from 'path';
import { buildPlan } from '../core/generate';
import { serialOfDate } from '../core/kpi/serial';
import { SAMPLE_PLAN } from '../core/plan/sample';
import type { PlanInput } from '../core/plan/types';
import { formatPlanError } from '../core/plan/types';
import { renderXlsx } from '../core/xlsx';
import { printable } from '../core/plan/text';
import { USAGE, parseArgs, type CliOptions } from './args';
import { prepareOutput, writeFailure, writeOutput } from './output';

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
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    parsed.errors.forEach(err);
    return 2;
  }
  const { options } = parsed;
  if (options.help) {
    io.out(USAGE);
    return 0;
  }
  const began = Date.now();
  const inputPath = options.input === undefined ? undefined : path.resolve(io.cwd, options.input);
  const output = await prepareOutput(options.out, path.resolve(io.cwd, options.out), inputPath);
  if (!output.ok) {
    err(output.error);
    return 2;
  }
  const input = await readInput(options, inputPath);
  if (!input.ok) {
    err(input.error);
    return 2;
  }
  const result = buildPlan(applyOverrides(input.value, options), {
    today: serialOfDate(io.now()),
  });
  if (!result.ok) {
    for (const e of result.errors) err(`${formatPlanError(e)}${flagNote(e.path, options)}`);
    return 2;
  }
  const { summary } = result;
  for (const w of summary.warnings) err(`warning: ${w}`);
  const bytes = await renderXlsx(result.spec);
  try {
    await writeOutput(output.output, bytes);
  } catch (error) {
    err(`--out: cannot write ${options.out}: ${writeFailure(error)}`);
    return 1;
  }
  const seconds = ((Date.now() - began) / 1000).toFixed(2);
  io.out(printable(`Wrote ${options.out} in ${seconds} s`));
  io.out(`  sheets: ${summary.sheets.length} (${summary.sheets.join(', ')})`);
  io.out(`  tasks:  ${summary.tasks}`);
  io.out(`  KPIs:   ${summary.kpis}`);
  return 0;
}

/** " (from --start)" when a flag, not the input file, set the field. */
function flagNote(field: string, options: CliOptions): string {
  const flag = FLAG_OF_FIELD[field];
  return flag && options.overrides[flag[1]] !== undefined ? ` (from ${flag[0]})` : '';
}

type Read = { ok: true; value: unknown } | { ok: false; error: string };

async function readInput(options: CliOptions, file: string | undefined): Promise<Read> {
  if (options.input === undefined || file === undefined) {
    const anyPlanFlag = Object.keys(options.overrides).length > 0;
    return { ok: true, value: anyPlanFlag ? { framework: 'sostac' } : SAMPLE_PLAN };
  }
  let text: string;
  try {
    // A byte-order mark (Notepad writes one) is not part of the JSON.
    text = (await fs.readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    return {
      ok: false,
      error: `--input: cannot read ${options.input}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      error: `--input: ${options.input} is not valid JSON: ${(error as Error).message}`,
    };
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
