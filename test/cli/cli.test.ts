import { GANTT } from '../../core/sheets/layouts/schedule';
import { columnLetter } from '../../core/workbook/a1';
/** The planbook command: what it writes, what it prints, and how it refuses bad input. */
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import path from 'path';
import { cliSandbox } from './sandbox';
import { SHEET_TITLES } from '../helpers';

const box = cliSandbox();
const run = box.run;
const at = box.at;

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(at(file));
  return wb.worksheets.map((w) => w.name);
}

describe('planbook', () => {
  it('writes the sample plan with no input, and says what it wrote', async () => {
    expect(await run()).toBe(0);
    expect(await sheetNames('plan.xlsx')).toEqual(SHEET_TITLES.sostac);
    expect(box.out[0]).toMatch(/^Wrote plan\.xlsx in \d+\.\d\d s$/);
    expect(box.out).toContain('  tasks:  12');
    expect(box.out).toContain('  KPIs:   11');
    expect(box.err).toEqual([]);
  });

  it('reads --input and applies flags over it', async () => {
    writeFileSync(
      at('plan.json'),
      JSON.stringify({ framework: 'sostac', business: { name: 'Nha' } }),
    );
    expect(
      await run('--input', 'plan.json', '--timeline', 'day', '--weeks', '4', '--out', 'nha.xlsx'),
    ).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at('nha.xlsx'));
    expect(wb.getWorksheet('Overview')!.getCell('A1').value).toBe('Nha');
    const grid = wb.definedNames.model.find((n: { name: string }) => n.name === 'Timeline_Start');
    // 28 day columns from the first timeline column.
    const [from, to] = [GANTT.timelineCol, GANTT.timelineCol + 27].map(columnLetter);
    expect(grid?.ranges).toEqual([`Schedule!$${from}$5:$${to}$5`]);
  });

  it('prints every error with its field, exits 2 and writes nothing', async () => {
    writeFileSync(at('plan.xlsx'), 'the marketer’s earlier file');
    writeFileSync(
      at('bad.json'),
      JSON.stringify({
        framework: 'sostac',
        tolerance: 3,
        tasks: [{ id: 'T1', name: 'x', stage: 'nope' }],
      }),
    );
    expect(await run('--input', 'bad.json', '--start', '2027-02-30')).toBe(2);
    expect(box.err).toEqual([
      'period.start: not a date (expected YYYY-MM-DD), got "2027-02-30" (from --start)',
      'tolerance: tolerance must be below 1, got 3',
      'tasks[0].stage: unknown value "nope" (expected one of: situation, objectives, strategy, tactics, action, control)',
    ]);
    expect(readFileSync(at('plan.xlsx'), 'utf8')).toBe('the marketer’s earlier file');
    expect(readdirSync(box.dir).sort()).toEqual(['bad.json', 'plan.xlsx']);
  });

  it('names the flag of a bad argument', async () => {
    expect(await run('--weeks', 'ten', '--colour', 'red', '--out', 'plan.pdf', '--framework')).toBe(
      2,
    );
    expect(box.err).toEqual([
      '--weeks: expected a whole number of weeks, got "ten"',
      '--colour: unknown option (see --help)',
      '--framework: needs a value',
      '--out: the file name must end in .xlsx, got "plan.pdf"',
    ]);
    expect(readdirSync(box.dir)).toEqual([]);
  });

  it('explains an unreadable or malformed --input', async () => {
    expect(await run('--input', 'missing.json')).toBe(2);
    expect(box.err[0]).toBe('--input: cannot read missing.json: ENOENT');
    writeFileSync(at('broken.json'), '{"framework": "sostac",');
    expect(await run('--input', 'broken.json')).toBe(2);
    expect(box.err[1]).toMatch(/^--input: broken\.json is not valid JSON: /);
    expect(readdirSync(box.dir)).toEqual(['broken.json']);
  });

  it('prints help', async () => {
    expect(await run('--help')).toBe(0);
    expect(box.out[0]).toMatch(/^Usage: planbook \[options\]/);
  });

  it('runs as the package bin', () => {
    const bin = path.join(__dirname, '..', '..', 'bin', 'planbook.js');
    const stdout = execFileSync(process.execPath, [bin, '--out', at('bin.xlsx')], {
      encoding: 'utf8',
    });
    expect(stdout).toMatch(/Wrote .*bin\.xlsx/);
    expect(existsSync(at('bin.xlsx'))).toBe(true);
  });
});
