/**
 * `planbook read plan.xlsx [--out plan.json]`: the plan JSON rebuilt from a workbook planbook
 * wrote (core/read/plan.ts), on standard output or into --out (written atomically, never over
 * the workbook). A file that is not a planbook workbook, a damaged or password-protected one, or
 * one a newer planbook wrote: a clear message, exit code 2, nothing written.
 */
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import type { Translate } from '../core/i18n';
import { printable } from '../core/plan/text';
import { serialOfUtc } from '../core/dates/serial';
import {
  ReadError,
  readPlan,
  type CellValue,
  type ReadResult,
  type WorkbookCells,
} from '../core/read/plan';
import { prepareOutput, writeFailure, writeOutput } from './output';

/** The largest workbook read: refused before it is opened (planbook's own are a few MB). */
export const MAX_WORKBOOK_BYTES = 50 * 1024 * 1024;

/** What the command needs of its process (main.ts's CliIo). */
export interface ReadIo {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
}

export async function runRead(argv: string[], io: ReadIo, t: Translate): Promise<number> {
  const err = (line: string) => io.err(printable(line));
  const args = readArgs(argv, t);
  if ('errors' in args) {
    args.errors.forEach(err);
    return 2;
  }
  const file = path.resolve(io.cwd, args.file);
  const read = await readWorkbookFile(file, args.file, t);
  if (!read.ok) {
    err(read.error);
    return 2;
  }
  const { result } = read;
  const json = `${JSON.stringify(result.plan, null, 2)}\n`;
  for (const problem of result.problems) err(t('cli.warning', { message: problem }));
  if (result.notRead.length > 0) {
    err(t('cli.read.notRead', { parts: result.notRead.join('; ') }));
  }
  if (args.out === undefined) {
    io.out(json.trimEnd());
    return 0;
  }
  const output = await prepareOutput(args.out, path.resolve(io.cwd, args.out), file, undefined, t);
  if (!output.ok) {
    err(output.error);
    return 2;
  }
  try {
    await writeOutput(output.output, new TextEncoder().encode(json));
  } catch (error) {
    err(t('cli.cannotWrite', { file: args.out, reason: writeFailure(error, t) }));
    return 1;
  }
  const counts = {
    tasks: result.plan.tasks?.length ?? 0,
    channels: result.plan.channels?.length ?? 0,
    objectives: result.plan.objectives?.length ?? 0,
  };
  io.out(printable(t('cli.read.wrote', { file: args.file, out: args.out, ...counts })));
  return 0;
}

function readArgs(
  argv: string[],
  t: Translate,
): { file: string; out?: string } | { errors: string[] } {
  const errors: string[] = [];
  let file: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--out' || arg.startsWith('--out=')) {
      if (out !== undefined) errors.push(t('cli.read.twice', { flag: '--out' }));
      const value = arg.startsWith('--out=') ? arg.slice('--out='.length) : argv[++i];
      if (value === undefined || value === '') errors.push(t('cli.needsValue', { flag: '--out' }));
      else if (!value.toLowerCase().endsWith('.json'))
        errors.push(t('cli.read.outNotJson', { value }));
      out = value ?? '';
    } else if (arg.startsWith('-')) {
      errors.push(t('cli.unknownOption', { flag: arg }));
    } else if (file === undefined) {
      file = arg;
    } else {
      errors.push(t('cli.unexpectedArgument', { arg }));
    }
  }
  if (file === undefined) errors.push(t('cli.read.usage'));
  return errors.length > 0 || file === undefined ? { errors } : { file, out };
}

/**
 * A workbook file read back (`shown` is its path as typed): refused over the size limit before
 * it is opened, and when it is not an .xlsx or not a workbook this planbook can read.
 */
export async function readWorkbookFile(
  file: string,
  shown: string,
  t: Translate,
): Promise<{ ok: true; result: ReadResult } | { ok: false; error: string }> {
  const size = await fs.stat(file).then(
    (s) => s.size,
    (error: NodeJS.ErrnoException) => error.code ?? error.message,
  );
  if (typeof size === 'string') {
    return { ok: false, error: t('cli.read.cannot', { file: shown, reason: size }) };
  }
  if (size > MAX_WORKBOOK_BYTES) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
    const limit = mb(MAX_WORKBOOK_BYTES);
    return { ok: false, error: t('cli.read.tooBig', { file: shown, size: mb(size), limit }) };
  }
  try {
    return { ok: true, result: await readWorkbook(await fs.readFile(file)) };
  } catch (error) {
    const reason =
      error instanceof ReadError ? error.message : t('cli.read.notXlsx', { file: shown });
    return { ok: false, error: t('cli.read.cannot', { file: shown, reason }) };
  }
}

/** The plan read back from an .xlsx file's bytes (throws for a file that is not one). */
export async function readWorkbook(bytes: Uint8Array): Promise<ReadResult> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return readPlan(excelCells(book));
}

/** An ExcelJS workbook as core/read sees it: names, values (dates as serials) and formulas. */
function excelCells(book: ExcelJS.Workbook): WorkbookCells {
  const names = new Map<string, { sheet: string; ref: string }>();
  for (const n of book.definedNames.model as { name: string; ranges: string[] }[]) {
    const m = /^'?(.*?)'?!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(n.ranges[0] ?? '');
    if (m) names.set(n.name, { sheet: m[1].replace(/''/g, "'"), ref: m[2] });
  }
  const sheets = new Map(book.worksheets.map((w) => [w.name, w]));
  // Only cells that exist: reading an empty one would create it.
  const cell = (sheet: string, row: number, col: number) => sheets.get(sheet)?.findCell(row, col);
  return {
    sheets: () => book.worksheets.map((w) => w.name),
    name: (name) => names.get(name),
    value: (sheet, row, col) => plainValue(cell(sheet, row, col)?.value),
    formula: (sheet, row, col) => {
      const v = cell(sheet, row, col)?.value as { formula?: string; sharedFormula?: string };
      return v && typeof v === 'object' ? v.formula : undefined;
    },
  };
}

function plainValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return serialOfUtc(v);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'text' in v && typeof v.text === 'string') return v.text;
  if (typeof v === 'object' && 'formula' in v) return null;
  return null;
}
