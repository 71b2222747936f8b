/**
 * Gnumeric, a strict fourth engine, recalculates the .xlsx of each framework's workbook, the
 * sample in every language and the 2,000-task plan on every scale: no error cell (no function
 * it does not know, no N() of a blank), every formula cell as HyperFormula computes it (up to
 * 150 tasks), and every task's start, end, late finish and slack as the plan's own schedule
 * (LibreOffice is held to the same in libreoffice.test.ts).
 */
import { FRAMEWORKS } from '../../core/frameworks';
import { LANGUAGES } from '../../core/i18n';
import { samplePlan } from '../../core/plan/samples';
import { TIMELINES, type PlanInput } from '../../core/plan/types';
import { GANTT } from '../../core/sheets/layouts/schedule';
import { renderXlsx } from '../../core/xlsx';
import { largePlanInput, planOf } from '../helpers';
import { HYPERFORMULA_TASKS } from '../fixtures';
import { generateWorkbook } from '../../core/generate';
import { gnumericErrors, gnumericReader, hasGnumeric, recalculateGnumeric } from './gnumeric';
import { evaluateSpec } from './hyperformula';
import { differencesFromHyperFormula } from './reader';

const PLANS: [string, PlanInput][] = [
  ...FRAMEWORKS.map((fw): [string, PlanInput] => [`${fw.id} (its defaults)`, { framework: fw.id }]),
  ...LANGUAGES.map((l): [string, PlanInput] => [`the sample in ${l}`, samplePlan(l)]),
  ['150 tasks by week', largePlanInput(150, 52, 'week', 'race')],
  ...TIMELINES.map((t): [string, PlanInput] => [
    `2,000 tasks by ${t}`,
    largePlanInput(2000, 156, t, 'race'),
  ]),
];

// Outside CI a machine without Gnumeric skips these (hasGnumeric says why); CI fails.
const describeGnumeric = hasGnumeric() ? describe : describe.skip;

describeGnumeric.each(PLANS)('Gnumeric on %s', (_, input) => {
  const plan = planOf(input);
  const spec = generateWorkbook(plan);
  let sheets: string[][][];

  beforeAll(async () => {
    sheets = recalculateGnumeric(await renderXlsx(spec));
  }, 300000);

  it('computes every sheet with no error cell', () => {
    expect(sheets).toHaveLength(spec.sheets.length);
    expect(gnumericErrors(spec, sheets).slice(0, 20)).toEqual([]);
  });

  it('gives every task the start, end, late finish and slack of the plan', () => {
    const read = gnumericReader(spec, sheets);
    const row = (i: number) => GANTT.firstRow + i;
    const C = GANTT.col;
    const got = plan.tasks.map((_t, i) =>
      [C.id, C.start, C.end, C.lateFinish, C.slack].map((c) => read('schedule', row(i), c)),
    );
    expect(got).toEqual(plan.tasks.map((t) => [t.id, t.start, t.end, t.lateFinish, t.slack]));
  });

  // HyperFormula's cost grows with the square of the task rows (each row's links look over the
  // rows above it): the 2,000-task plans are held to the plan's own schedule above instead.
  if (plan.tasks.length <= HYPERFORMULA_TASKS) {
    it('computes every formula cell as HyperFormula does', () => {
      const read = gnumericReader(spec, sheets);
      const { differences, compared } = differencesFromHyperFormula(
        spec,
        evaluateSpec(spec),
        read,
        'Gnumeric',
      );
      expect(differences.slice(0, 20)).toEqual([]);
      expect(compared).toBeGreaterThan(500);
    });
  }
});
