/**
 * `planbook read`: the plan JSON rebuilt from a workbook planbook wrote — the same plan for
 * every framework and language, the marketer's edits in it, and bad files refused.
 */
import { columnLetter } from '../../core/workbook/a1';
import ExcelJS from 'exceljs';
import { readFileSync, truncateSync, writeFileSync, existsSync } from 'fs';
import { FRAMEWORKS } from '../../core/frameworks';
import { LANGUAGES } from '../../core/i18n';
import { samplePlan } from '../../core/plan/samples';
import type { Plan, PlanInput } from '../../core/plan/types';
import { GANTT } from '../../core/sheets/layouts/schedule';
import { MAX_WORKBOOK_BYTES } from '../../cli/read';
import { cliSandbox } from './sandbox';
import { planOf } from '../helpers';

const box = cliSandbox();

/** Writes the plan's workbook into the sandbox. */
async function workbookOf(plan: PlanInput, file = 'plan.xlsx'): Promise<string> {
  writeFileSync(box.at('in.json'), JSON.stringify(plan));
  expect(await box.run('--input', 'in.json', '--out', file)).toBe(0);
  box.out.length = 0;
  return box.at(file);
}

async function readBack(file = 'plan.xlsx'): Promise<PlanInput> {
  box.out.length = 0;
  expect(await box.run('read', file, '--out', 'back.json')).toBe(0);
  return JSON.parse(readFileSync(box.at('back.json'), 'utf8')) as PlanInput;
}

/** A validated plan as `read` gives it back (seasonality weights come back as typed cells). */
function readable(plan: Plan) {
  return {
    ...plan,
    objectives: plan.objectives.map((o) => ({ ...o, phasing: {} })),
    // Results in no particular order: by month, then channel.
    results: [...plan.results].sort((a, b) =>
      `${a.month}|${a.channel}`.localeCompare(`${b.month}|${b.channel}`),
    ),
  };
}

describe('planbook read', () => {
  describe.each(FRAMEWORKS.map((f) => f.id))('%s', (framework) => {
    it.each([...LANGUAGES])(
      'reads back the sample plan in %s as it was written',
      async (language) => {
        // The sample's business, channels, objectives and results; the framework's own tasks.
        const sample = samplePlan(language);
        const input: PlanInput = {
          ...sample,
          framework,
          ...(framework === 'sostac' ? {} : { tasks: undefined }),
        };
        await workbookOf(input);
        const back = await readBack();
        expect(readable(planOf(back))).toEqual(readable(planOf(input)));
        const counts = `${back.tasks!.length} tasks, ${back.channels!.length} channels, ${back.objectives!.length} objectives`;
        expect(box.out).toEqual([`Read plan.xlsx: ${counts}; wrote back.json`]);
      },
    );
  });

  it('reads the marketer’s edits: names, days, links, targets and results typed in the sheet', async () => {
    const file = await workbookOf(samplePlan('en'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const schedule = book.getWorksheet('Schedule')!;
    const row = GANTT.firstRow + 1;
    schedule.getRow(row).getCell(GANTT.col.name).value = '=not a formula, a name';
    schedule.getRow(row).getCell(GANTT.col.days).value = 9;
    // T2 now starts two working days after T1 starts: a predecessor typed in its first slot.
    schedule.getRow(row).getCell(GANTT.col.after1).value = 'T1';
    schedule.getRow(row).getCell(GANTT.col.type1).value = 'ss';
    schedule.getRow(row).getCell(GANTT.col.lag1).value = 2;
    const objectives = book.getWorksheet('Objectives')!;
    const target = objectives.getCell('E13');
    target.value = 175000;
    const data = book.getWorksheet('Data')!;
    data.getCell('J5').value = 4321;
    await book.xlsx.writeFile(file);
    const back = await readBack();
    const task = back.tasks!.find((t) => t.id === String(schedule.getRow(row).getCell(1).value))!;
    expect(task).toMatchObject({
      name: '=not a formula, a name',
      days: 9,
      dependsOn: [{ id: 'T1', type: 'SS', lag: 2 }],
    });
    expect(back.objectives![0]).toMatchObject({ kpi: 'revenue', target: 175000 });
    expect(back.channelResults![0]).toMatchObject({
      month: '2027-01',
      channel: 'SEO',
      sessions: 4321,
    });
    // And the plan read back generates again.
    expect(planOf(back).tasks.find((t) => t.id === task.id)!.days).toBe(9);
  });

  it('reads links typed in the slots: a missing id and a cycle named by cell, a task below kept', async () => {
    const file = await workbookOf(samplePlan('en'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const schedule = book.getWorksheet('Schedule')!;
    const at = (id: string) => {
      let found = 0;
      schedule.eachRow((r, n) => {
        if (n >= GANTT.firstRow && r.getCell(GANTT.col.id).value === id) found = n;
      });
      return schedule.getRow(found);
    };
    // T3 follows T1; T1 now follows T3 too (a cycle), and T3 a task no row has.
    at('T1').getCell(GANTT.col.after1).value = 'T3';
    at('T3').getCell(GANTT.col.after2).value = 'T99';
    // T2 (above T4) now follows T4: kept; the plan puts T4 first.
    at('T2').getCell(GANTT.col.after1).value = 'T4';
    const t3 = at('T3').number;
    await book.xlsx.writeFile(file);
    const back = await readBack();
    const after2 = `${columnLetter(GANTT.col.after2)}${t3}`;
    expect(box.err).toEqual(
      expect.arrayContaining([
        `warning: Schedule!${after2}: no task has the id “T99”; the link is left out`,
        expect.stringMatching(
          /^warning: Schedule![A-Z]+\d+: the links (T1 → T3 → T1|T3 → T1 → T3) form a cycle; this one is left out$/,
        ),
      ]),
    );
    const links = (id: string) => back.tasks!.find((t) => t.id === id)!.dependsOn;
    expect(links('T2')).toEqual([{ id: 'T4', type: 'FS', lag: 0 }]);
    expect([links('T1'), links('T3')]).toContainEqual(undefined);
    const order = planOf(back).tasks.map((t) => t.id);
    expect(order.indexOf('T4')).toBeLessThan(order.indexOf('T2'));
  });

  it('prints the JSON without --out, and names the sheets the marketer added as not read', async () => {
    const file = await workbookOf(samplePlan('vi'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    book.addWorksheet('Ghi chú của tôi').getCell('A1').value = 'mine';
    await book.xlsx.writeFile(file);
    expect(await box.run('read', 'plan.xlsx')).toBe(0);
    expect(JSON.parse(box.out.join('\n'))).toMatchObject({ framework: 'sostac', language: 'vi' });
    expect(box.err).toEqual([
      'sheets you added, kept in the workbook but not read into the plan: Ghi chú của tôi',
    ]);
  });

  it('reads a channel’s targets from its section on Control, a new one among them', async () => {
    const file = await workbookOf(samplePlan('en'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const control = book.getWorksheet('Control')!;
    control.eachRow((row) => {
      const [name, code] = [row.getCell(1).value, row.getCell(13).value];
      if (name === 'SEO · Clicks' && code === 'clicks') row.getCell(3).value = 5000;
    });
    await book.xlsx.writeFile(file);
    const back = await readBack();
    expect(back.channels!.find((c) => c.name === 'SEO')!.targets).toEqual({ clicks: 5000 });
    expect(back.channels!.find((c) => c.name === 'PPC')!.targets).toEqual({
      cpa: 30,
      roas: 3.5,
      conversions: 600,
    });
  });

  describe('refuses, with exit code 2 and nothing written', () => {
    const refused = async (file: string, message: RegExp, ...more: string[]) => {
      expect(await box.run('read', file, '--out', 'back.json', ...more)).toBe(2);
      expect(box.err.join('\n')).toMatch(message);
      expect(existsSync(box.at('back.json'))).toBe(false);
    };

    it('a file that is not a workbook, or a damaged one', async () => {
      writeFileSync(box.at('notes.xlsx'), 'just some text');
      await refused('notes.xlsx', /notes\.xlsx is not an \.xlsx workbook/);
      const file = await workbookOf(samplePlan('en'));
      truncateSync(file, 4000);
      await refused('plan.xlsx', /plan\.xlsx is not an \.xlsx workbook/);
    });

    it('a workbook planbook did not write', async () => {
      const book = new ExcelJS.Workbook();
      book.addWorksheet('Budget').getCell('A1').value = 'mine';
      await book.xlsx.writeFile(box.at('other.xlsx'));
      await refused('other.xlsx', /not a planbook workbook: it has no name ReportDate/);
    });

    it('a workbook a newer major version wrote', async () => {
      const file = await workbookOf(samplePlan('en'));
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      book.getWorksheet('Settings')!.getCell('B18').value = 'planbook 9.0.0';
      await book.xlsx.writeFile(file);
      await refused('plan.xlsx', /written by planbook 9\.0\.0, newer than planbook 0\./);
    });

    it('a file over the size limit, before opening it', async () => {
      writeFileSync(box.at('huge.xlsx'), '');
      truncateSync(box.at('huge.xlsx'), MAX_WORKBOOK_BYTES + 1);
      await refused('huge.xlsx', /huge\.xlsx is 50 MB; planbook reads workbooks of at most 50 MB/);
    });

    it('a missing file, a second file, --out that is not .json or is given twice', async () => {
      await refused('none.xlsx', /cannot read none\.xlsx: ENOENT/);
      box.err.length = 0;
      await workbookOf(samplePlan('en'));
      expect(
        await box.run('read', 'plan.xlsx', 'b.xlsx', '--out', 'x.txt', '--out', 'y.json'),
      ).toBe(2);
      expect(box.err).toEqual([
        'b.xlsx: unexpected argument (options start with --; see --help)',
        '--out x.txt: the plan is written as a .json file',
        '--out is given twice',
      ]);
    });
  });
});
