/** The rules of rendering blocks, applied once for every renderer. */
import { GANTT } from '../../../core/sheets/layouts/schedule';
import { mergeBands, placedCells, sheetGrid, sizeRuns } from '../../../core/workbook/grid';
import type { SheetSpec } from '../../../core/workbook/spec';
import { largePlanInput } from '../../helpers';
import { specOf } from '../../helpers';
import { sheetOf } from '../sheets/spec-reader';

const styles = {
  a: { numberFormat: '0.0%' },
  b: { bold: true },
};

function sheet(blocks: SheetSpec['blocks']): SheetSpec {
  return {
    id: 's',
    title: 'S',
    blocks,
    columnWidths: [],
    rowHeights: [],
    merges: [],
    conditionalRules: [],
    validations: [],
  };
}

describe('placedCells', () => {
  it('lets a later block win, and a null leave what is under it', () => {
    const s = sheet([
      { row: 1, col: 1, cells: [[{ value: 'first' }, { value: 'kept' }]] },
      { row: 1, col: 1, cells: [[{ value: 'second' }, null]] },
    ]);
    expect(placedCells(s).map((p) => [p.row, p.col, p.cell.value])).toEqual([
      [1, 1, 'second'],
      [1, 2, 'kept'],
    ]);
  });
});

describe('sheetGrid', () => {
  const s = sheet([
    {
      row: 2,
      col: 2,
      cells: [
        [{ value: 5, formula: 'A1*2', style: 'a' }, { value: '=not a formula' }],
        [null, { value: 'Two', linkToSheet: 'two', style: 'b' }],
      ],
    },
  ]);

  it('writes a formula over a value, and user text as text for the host', () => {
    const [region] = sheetGrid(s, { styles, formulaStyle: 'native' }, 'sheets').regions;
    expect(region).toMatchObject({ row: 2, col: 2, rows: 2, cols: 2 });
    expect(region.contents).toEqual([
      ['=A1*2', "'=not a formula"],
      [null, 'Two'],
    ]);
    expect(region.numberFormats).toEqual([
      ['0.0%', null],
      [null, null],
    ]);
    expect(region.styles).toEqual([
      ['a', null],
      [null, 'b'],
    ]);
  });

  it('lists links with their target sheet id and text', () => {
    expect(sheetGrid(s, { styles, formulaStyle: 'native' }, 'excel').links).toEqual([
      { row: 3, col: 3, sheetId: 'two', text: 'Two' },
    ]);
  });

  it('keeps a day-scale Gantt in a few dense regions whatever its size', () => {
    const regionsOf = (tasks: number) => {
      const spec = specOf(largePlanInput(tasks, 156, 'day'));
      const grid = sheetGrid(sheetOf(spec, 'schedule'), spec, 'sheets');
      const cells = grid.regions.reduce((n, r) => n + r.rows * r.cols, 0);
      return { regions: grid.regions.length, cells, runs: grid.styleRuns.length };
    };
    const small = regionsOf(10);
    const large = regionsOf(2000);
    expect(large.regions).toBe(small.regions);
    expect(large.regions).toBeLessThanOrEqual(3);
    // The 1,092-column header does not widen the 2,000 task rows and their 20 spare rows
    // (the columns before the timeline: the task's own, its links' and its spending helpers).
    expect(large.cells).toBeLessThan(2020 * (GANTT.timelineCol - 1) + 6 * 1200);
    // Task rows alike in style share runs; only the link slots alternate (empty every tenth
    // task, a follower's links between).
    expect(large.runs).toBeLessThan(small.runs + (6 * 2000) / 10);
  });

  it('makes a small sheet one region', () => {
    const spec = specOf(largePlanInput(10, 13, 'week'));
    for (const id of ['overview', 'objectives', 'control', 'settings']) {
      expect(sheetGrid(sheetOf(spec, id), spec, 'sheets').regions).toHaveLength(1);
    }
  });
});

describe('mergeBands', () => {
  it('joins one-row merges over the same columns on consecutive rows, and keeps the rest', () => {
    expect(mergeBands(['B5:D5', 'B3:D3', 'B4:D4', 'B7:D7', 'B8:C8', 'F1:G2', 'A10:A12'])).toEqual({
      across: ['B8:C8', 'B3:D5', 'B7:D7'],
      blocks: ['F1:G2', 'A10:A12'],
    });
  });

  it('covers every merged cell of a real plan exactly once', () => {
    for (const sheet of specOf({ framework: 'sostac' }).sheets) {
      const cells = (refs: string[]) =>
        refs.flatMap((ref) => {
          const [a, b = a] = ref.split(':');
          const out: string[] = [];
          const [r1, r2] = [Number(a.replace(/\D/g, '')), Number(b.replace(/\D/g, ''))];
          const [c1, c2] = [a.replace(/\d/g, ''), b.replace(/\d/g, '')];
          for (let r = r1; r <= r2; r++) out.push(`${c1}-${c2}@${r}`);
          return out;
        });
      const { across, blocks } = mergeBands(sheet.merges);
      expect(cells([...across, ...blocks]).sort()).toEqual(cells(sheet.merges).sort());
    }
  });
});

describe('sizeRuns', () => {
  it('groups consecutive columns and rows of one size, in order', () => {
    const sheet = {
      columnWidths: [
        { col: 3, width: 10 },
        { col: 1, width: 10 },
        { col: 2, width: 10 },
        { col: 4, width: 12 },
        { col: 6, width: 12 },
      ],
      rowHeights: [
        { row: 1, height: 30 },
        { row: 2, height: 18 },
      ],
    } as SheetSpec;
    expect(sizeRuns(sheet)).toEqual({
      widths: [
        { at: 1, count: 3, size: 10 },
        { at: 4, count: 1, size: 12 },
        { at: 6, count: 1, size: 12 },
      ],
      heights: [
        { at: 1, count: 1, size: 30 },
        { at: 2, count: 1, size: 18 },
      ],
    });
  });
});
