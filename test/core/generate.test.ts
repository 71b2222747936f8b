/** The one pipeline (validate → generate → summary) and what generation computes once. */
import { framework } from '../../core/frameworks';
import { buildPlan } from '../../core/generate';
import { controlLayout } from '../../core/sheets/layouts/control';
import { CONTROL_COLUMNS as C } from '../../core/sheets/layouts/control';
import { TODAY, planOf, specOf } from '../helpers';
import { cellAt, columnCells, sheetOf } from './sheets/spec-reader';

describe('buildPlan', () => {
  it('gives the plan, its spec and a summary', () => {
    const result = buildPlan({ framework: 'race', business: { name: 'Nha' } }, { today: TODAY });
    if (!result.ok) throw new Error('expected a plan');
    expect(result.plan.business.name).toBe('Nha');
    expect(result.summary).toEqual({
      sheets: result.spec.sheets.map((s) => s.title),
      tasks: result.plan.tasks.length,
      kpis: columnCells(result.spec, 'KPI_ID').filter((c) => c?.value || c?.formula).length,
      warnings: [],
    });
    expect(result.summary.kpis).toBeGreaterThan(5);
  });

  it('gives every error with its path, and generates nothing', () => {
    expect(buildPlan({ framework: 'x', tolerance: 2 }, { today: TODAY })).toEqual({
      ok: false,
      errors: [
        { path: 'framework', message: expect.stringMatching(/^unknown framework "x"/) },
        { path: 'tolerance', message: 'tolerance must be below 1, got 2' },
      ],
    });
  });

  it('carries the warnings, formatted in the summary', () => {
    const tasks = [{ id: 'T1', name: 'Long', stage: 'reach', start: '2027-01-04', days: 10 }];
    const input = { framework: 'race', period: { start: '2027-01-04', weeks: 1 }, tasks };
    const result = buildPlan(input, { today: TODAY });
    if (!result.ok) throw new Error('expected a plan');
    expect(result.warnings.map((w) => w.path)).toEqual(['tasks[0]']);
    expect(result.summary.warnings).toEqual([expect.stringMatching(/^tasks\[0\]: T1 ends on /)]);
  });

  it('gives numbered titles beside the titles a workbook already has', () => {
    const result = buildPlan(
      { framework: 'sostac' },
      { today: TODAY, existingTitles: ['control'] },
    );
    if (!result.ok) throw new Error('expected a plan');
    expect(result.summary.sheets).toContain('Control (2)');
  });
});

describe('the Control layout', () => {
  it('links objective rows wherever the workbook has SMART rows, whatever the sheet order', () => {
    const race = framework('race');
    const order = race.sheets;
    const targets = () =>
      sheetOf(specOf({ framework: 'race' }), 'control')
        .blocks.flatMap((b) => b.cells)
        .filter((row) => row[C.target - 1]?.formula?.includes('Objectives_Target')).length;
    const linked = targets();
    expect(linked).toBe(planOf({ framework: 'race' }).objectives.length);
    try {
      // The Control sheet built before the Plan sheet that holds the SMART rows.
      (race as { sheets: typeof order }).sheets = [
        'control',
        ...order.filter((k) => k !== 'control'),
      ];
      expect(targets()).toBe(linked);
    } finally {
      (race as { sheets: typeof order }).sheets = order;
    }
    expect(controlLayout(planOf({ framework: 'race' }), race, false).linkedToObjectives).toBe(
      false,
    );
  });

  it('is what stage sheets read: each KPI row of a stage sheet points at its Control row', () => {
    const spec = specOf({ framework: 'aisas' });
    const control = sheetOf(spec, 'control');
    const attention = sheetOf(spec, 'stage.attention');
    const pointers = attention.blocks
      .flatMap((b) => b.cells.map((row, r) => ({ row: b.row + r, cells: row })))
      .filter(({ cells }) => /Control!L\d+/.test(cells[5]?.formula ?? ''));
    expect(pointers.length).toBeGreaterThan(1);
    for (const { cells } of pointers) {
      // The name and the status read one Control row, and that row is a KPI's.
      const status = Number(/Control!L(\d+)/.exec(cells[5]!.formula!)?.[1]);
      expect(cells[0]?.formula).toContain(`Control!A${status}`);
      const kpi = cellAt(control, status, C.kpi);
      expect(kpi?.value ?? kpi?.formula).toEqual(expect.any(String));
    }
  });

  it('measures AISAS KPIs against the SMART targets of its Plan sheet', () => {
    const spec = specOf({ framework: 'aisas' });
    const target = spec.names.find((n) => n.name === 'Objectives_Target');
    expect(target?.sheetId).toBe('plan');
    const targets = sheetOf(spec, 'control')
      .blocks.flatMap((b) => b.cells)
      .map((row) => row[C.target - 1])
      .filter((cell) => cell?.formula?.includes('Objectives_Target'));
    // One target per seeded objective (the five 5S).
    expect(targets).toHaveLength(5);
  });
});
