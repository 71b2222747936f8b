/**
 * `planbook update`: the workbook's plan with the flags' changes, into a new workbook — every
 * input kept where the change leaves its sheet as it was, the rest listed, the original intact.
 */
import { readFileSync, writeFileSync } from 'fs';
import { samplePlan } from '../../core/plan/samples';
import type { PlanInput } from '../../core/plan/types';
import { cliSandbox } from './sandbox';
import { fillInputs, lostIn, type Typed } from './fill';
import { planOf, specOf } from '../helpers';
import { cellRef } from '../../core/workbook/a1';

const box = cliSandbox();

/** The sample in `language`, generated and filled as a marketer would. */
async function filledWorkbook(language: string): Promise<Typed[]> {
  const input: PlanInput = samplePlan(language);
  writeFileSync(box.at('in.json'), JSON.stringify(input));
  expect(await box.run('--input', 'in.json', '--out', 'plan.xlsx')).toBe(0);
  const typed = await fillInputs(box.at('plan.xlsx'), specOf(input), planOf(input).start);
  box.out.length = 0;
  box.err.length = 0;
  return typed;
}

describe('planbook update', () => {
  it('keeps every input with a new report date and language, and never writes the original', async () => {
    const typed = await filledWorkbook('vi');
    const before = readFileSync(box.at('plan.xlsx'));
    const args = ['--report-date', '2027-04-15', '--language', 'en', '--out', 'new.xlsx'];
    expect(await box.run('update', 'plan.xlsx', ...args)).toBe(0);
    expect(box.err).toEqual([]);
    expect(readFileSync(box.at('plan.xlsx')).equals(before)).toBe(true);
    // The sheets now have English titles: each typed cell is found by its sheet's id.
    const english = specOf({ ...samplePlan('vi'), language: 'en' });
    const titleOf = (t: Typed) => english.sheets.find((s) => s.id === t.id)!.title;
    expect(await lostIn(box.at('new.xlsx'), typed, titleOf)).toEqual([]);
    expect(await box.run('read', 'new.xlsx', '--out', 'new.json')).toBe(0);
    const back = JSON.parse(readFileSync(box.at('new.json'), 'utf8')) as PlanInput;
    expect(back).toMatchObject({ language: 'en', reportDate: '2027-04-15' });
  });

  it('lists what a longer plan cannot carry: the month-by-month sheets’ cells', async () => {
    const typed = await filledWorkbook('en');
    expect(await box.run('update', 'plan.xlsx', '--weeks', '30', '--out', 'new.xlsx')).toBe(0);
    const monthly = typed.filter((c) => ['budget', 'targets', 'reviews'].includes(c.id));
    const kept = typed.filter((c) => !['budget', 'targets', 'reviews', 'data'].includes(c.id));
    expect(monthly.length).toBeGreaterThan(0);
    const notCarried = box.err.filter((l) => l.startsWith('not carried over:'));
    expect(notCarried.length).toBe(monthly.length);
    expect(notCarried).toContain(
      `not carried over: ${monthly[0].value} in ${cellRef(monthly[0].row, monthly[0].col)} of sheet ${monthly[0].id} (the change lays that sheet out anew)`,
    );
    expect(await lostIn(box.at('new.xlsx'), kept)).toEqual([]);
  });

  it('switches framework: objectives, channels and results carried, tasks filed under the nearest stage', async () => {
    writeFileSync(box.at('in.json'), JSON.stringify(samplePlan('en')));
    expect(await box.run('--input', 'in.json', '--out', 'plan.xlsx')).toBe(0);
    box.err.length = 0;
    expect(await box.run('update', 'plan.xlsx', '--framework', 'race', '--out', 'race.xlsx')).toBe(
      0,
    );
    expect(box.err).toContain(
      'T1: the new framework has no stage “situation”; the task is filed under “plan”',
    );
    expect(box.err).toContain(
      'T12: the new framework has no stage “control”; the task is filed under “engage”',
    );
    expect(await box.run('read', 'race.xlsx', '--out', 'race.json')).toBe(0);
    const back = JSON.parse(readFileSync(box.at('race.json'), 'utf8')) as PlanInput;
    const original = planOf(samplePlan('en'));
    expect(back.framework).toBe('race');
    expect(back.objectives!.map((o) => [o.kpi, o.target])).toEqual(
      original.objectives.map((o) => [o.kpi, o.target]),
    );
    expect(back.channels!.map((c) => [c.name, c.budget])).toEqual(
      original.channels.map((c) => [c.name, c.budget]),
    );
    expect(back.channelResults!.length).toBe(original.results.length);
    expect(back.tasks!.map((t) => t.id)).toEqual(original.tasks.map((t) => t.id));
  });

  it('refuses without --out, with --input, or --out naming the workbook: nothing written', async () => {
    writeFileSync(box.at('in.json'), JSON.stringify(samplePlan('en')));
    expect(await box.run('--input', 'in.json', '--out', 'plan.xlsx')).toBe(0);
    const before = readFileSync(box.at('plan.xlsx'));
    box.err.length = 0;
    expect(await box.run('update', 'plan.xlsx')).toBe(2);
    expect(await box.run('update', 'plan.xlsx', '--input', 'in.json', '--out', 'x.xlsx')).toBe(2);
    expect(await box.run('update', 'plan.xlsx', '--out', 'plan.xlsx')).toBe(2);
    expect(await box.run('update')).toBe(2);
    expect(box.err).toEqual([
      '--out: update writes a new workbook and never the one it reads; name it with --out',
      '--input: update reads its plan from the workbook it is given',
      expect.stringMatching(/^--out: plan\.xlsx is the --input file/),
      expect.stringMatching(/^Usage: planbook update plan\.xlsx/),
    ]);
    expect(readFileSync(box.at('plan.xlsx')).equals(before)).toBe(true);
  });
});
