/** The planbook command: what it writes, what it prints, and how it refuses bad input. */
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../../cli/main';
import { SHEET_TITLES } from '../helpers';

let dir: string;
let out: string[];
let err: string[];

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'planbook-cli-'));
  out = [];
  err = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (...argv: string[]) =>
  runCli(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    now: () => new Date(2027, 0, 1),
    cwd: dir,
  });

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, file));
  return wb.worksheets.map((w) => w.name);
}

describe('planbook', () => {
  it('writes the sample plan with no input, and says what it wrote', async () => {
    expect(await run()).toBe(0);
    expect(await sheetNames('plan.xlsx')).toEqual(SHEET_TITLES.sostac);
    expect(out[0]).toMatch(/^Wrote plan\.xlsx in \d+\.\d\d s$/);
    expect(out).toContain('  tasks:  12');
    expect(out).toContain('  KPIs:   10');
    expect(err).toEqual([]);
  });

  it('reads --input and applies flags over it', async () => {
    writeFileSync(
      path.join(dir, 'plan.json'),
      JSON.stringify({ framework: 'sostac', business: { name: 'Nha' } }),
    );
    expect(
      await run('--input', 'plan.json', '--timeline', 'day', '--weeks', '4', '--out', 'nha.xlsx'),
    ).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'nha.xlsx'));
    expect(wb.getWorksheet('Overview')!.getCell('A1').value).toBe('Nha');
    const grid = wb.definedNames.model.find((n: { name: string }) => n.name === 'Timeline_Start');
    expect(grid?.ranges).toEqual(['Actions!$Q$5:$AR$5']); // 28 day columns from Q
  });

  it('prints every error with its field, exits 2 and writes nothing', async () => {
    writeFileSync(path.join(dir, 'plan.xlsx'), 'the marketer’s earlier file');
    writeFileSync(
      path.join(dir, 'bad.json'),
      JSON.stringify({
        framework: 'sostac',
        tolerance: 3,
        tasks: [{ id: 'T1', name: 'x', stage: 'nope' }],
      }),
    );
    expect(await run('--input', 'bad.json', '--start', '2027-02-30')).toBe(2);
    expect(err).toEqual([
      'period.start: not a date (expected YYYY-MM-DD), got "2027-02-30" (from --start)',
      'tolerance: tolerance must be below 1, got 3',
      'tasks[0].stage: unknown value "nope" (expected one of: situation, objectives, strategy, tactics, action, control)',
    ]);
    expect(readFileSync(path.join(dir, 'plan.xlsx'), 'utf8')).toBe('the marketer’s earlier file');
    expect(readdirSync(dir).sort()).toEqual(['bad.json', 'plan.xlsx']);
  });

  it('names the flag of a bad argument', async () => {
    expect(await run('--weeks', 'ten', '--colour', 'red', '--out', 'plan.pdf', '--framework')).toBe(
      2,
    );
    expect(err).toEqual([
      '--weeks: expected a whole number of weeks, got "ten"',
      '--colour: unknown option (see --help)',
      '--framework: needs a value',
      '--out: the file name must end in .xlsx, got "plan.pdf"',
    ]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('explains an unreadable or malformed --input', async () => {
    expect(await run('--input', 'missing.json')).toBe(2);
    expect(err[0]).toBe('--input: cannot read missing.json: ENOENT');
    writeFileSync(path.join(dir, 'broken.json'), '{"framework": "sostac",');
    expect(await run('--input', 'broken.json')).toBe(2);
    expect(err[1]).toMatch(/^--input: broken\.json is not valid JSON: /);
    expect(readdirSync(dir)).toEqual(['broken.json']);
  });

  it('reports a file it cannot write without leaving a temporary file', async () => {
    expect(await run('--out', 'no/such/dir/plan.xlsx')).toBe(1);
    expect(err[0]).toMatch(/^--out: cannot write .*plan\.xlsx: ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('prints help', async () => {
    expect(await run('--help')).toBe(0);
    expect(out[0]).toMatch(/^Usage: planbook \[options\]/);
  });

  it('runs as the package bin', () => {
    const bin = path.join(__dirname, '..', '..', 'bin', 'planbook.js');
    const stdout = execFileSync(process.execPath, [bin, '--out', path.join(dir, 'bin.xlsx')], {
      encoding: 'utf8',
    });
    expect(stdout).toMatch(/Wrote .*bin\.xlsx/);
    expect(existsSync(path.join(dir, 'bin.xlsx'))).toBe(true);
  });
});
