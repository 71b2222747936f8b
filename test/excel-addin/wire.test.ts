/**
 * The Excel renderer's requests as Office.js itself serializes them (npm @microsoft/office-js,
 * the script Excel on the web runs): every request under 4 MB in UTF-8 bytes on the wire — the
 * samples, the 2,000-task plan, and the largest plan the limits admit in each framework, every
 * text at its longest in Chinese — each counted by the renderer at no less than it weighs, and
 * as few as those counts allow.
 */
import { FRAMEWORKS } from '../../core/frameworks';
import { samplePlan } from '../../core/plan/samples';
import type { PlanInput } from '../../core/plan/types';
import { renderSpec } from '../../excel-addin/src/render';
import { REQUEST_LIMIT } from '../../excel-addin/src/render/budget';
import { runOnTheWire } from '../fakes/excel/office-js';
import { specOf } from '../helpers';
import { largePlanInput, worstPlanInput } from '../plans';

const PLANS: [string, PlanInput][] = [
  ['the English sample', samplePlan('en')],
  ['the Persian sample', samplePlan('fa')],
  ['2,000 tasks by day', largePlanInput(2000, 156, 'day', 'race')],
  ...FRAMEWORKS.map((fw): [string, PlanInput] => [
    `the largest ${fw.id} plan the limits admit`,
    worstPlanInput(fw.id),
  ]),
];

describe.each(PLANS)('%s, rendered through Office.js', (_, input) => {
  let sent: number[];
  let counted: number[];
  beforeAll(async () => {
    const { result, wire } = await runOnTheWire((context) => renderSpec(context, specOf(input)));
    [sent, counted] = [wire.requests, result];
  });

  it('sends every request under 4 MB on the wire', () => {
    expect(sent.filter((bytes) => bytes >= REQUEST_LIMIT)).toEqual([]);
  });

  it('counts each request it sends at no less than it weighs', () => {
    // Excel.run sends one more request of its own when the batch ends (it lets go of objects).
    expect(sent).toHaveLength(counted.length + 1);
    expect(counted.map((c, i) => [i, c >= sent[i]])).toEqual(counted.map((_c, i) => [i, true]));
  });

  it('sends no more requests than its counts need', () => {
    // Two requests that fit together were not sent apart.
    const pairs = counted.slice(1).map((c, i) => counted[i] + c);
    expect(pairs.filter((bytes) => bytes <= REQUEST_LIMIT)).toEqual([]);
  });
});

describe('a sheet more than one request can carry', () => {
  it('goes in slices, each request under the limit and as full as it may be', async () => {
    // 60,000 long notes: some 11 MB of text on the wire.
    const text = '计划中的一条很长的备注，足以占用空间：'.repeat(5);
    const spec = specOf({ framework: 'sostac' });
    const notes = {
      ...spec.sheets[0],
      id: 'notes',
      title: 'Notes',
      blocks: [
        {
          row: 1,
          col: 1,
          cells: Array.from({ length: 6000 }, () => Array(10).fill({ value: text })),
        },
      ],
      conditionalRules: [],
      validations: [],
      merges: [],
    };
    const { result, wire } = await runOnTheWire((context) =>
      renderSpec(context, { ...spec, sheets: [...spec.sheets, notes] }),
    );
    expect(result.length).toBeGreaterThan(2);
    expect(Math.max(...wire.requests)).toBeLessThan(REQUEST_LIMIT);
    expect(result.slice(0, -1).every((c) => c > REQUEST_LIMIT * 0.95)).toBe(true);
  });
});
