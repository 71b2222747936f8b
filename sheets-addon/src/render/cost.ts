/**
 * How long writing a spec into Google Sheets takes, estimated before a call is made, against
 * Apps Script's 6 minutes for one execution (the sidebar's server call). The estimate is the
 * renderer's own count of what it will write and two costs, stated here and in the README:
 *
 * - a service call: 0.3 s. The renderer makes under 500 for every plan the limits admit (the
 *   test of the largest plans, in every framework and language, counts them on the fake);
 *   calls that only write are batched by Apps Script and cost far less, so this is a ceiling.
 * - a cell of a matrix written (values, formulas, each format, validations, links): 100 µs. A
 *   single setValues of 4,000 cells is reported at under 50 ms, and 610 ms when flushed at
 *   once, so about 12–150 µs a cell; formulas cost Sheets a recalculation as well.
 *
 * A plan whose estimate does not fit in what is left of the 6 minutes after reading and
 * building it (and a margin) is refused before anything is written.
 */
import { parseRange } from '../../../core/workbook/a1';
import { sheetGrid } from '../../../core/workbook/grid';
import type { WorkbookSpec } from '../../../core/workbook/spec';
import { normalizeValidation } from '../../../core/workbook/validation';
import { Builders } from './builders';
import { formatMatrices, TextStyles } from './formats';
import { boundingRef } from './workbook';

export const WRITE_COST = {
  /** Seconds a service call costs at most. */
  perCall: 0.3,
  /** Seconds a cell of a written matrix costs. */
  perCell: 0.0001,
  /** Service calls a render makes at most (tested: every admitted plan makes fewer). */
  calls: 500,
};

/** Apps Script's limit on one execution, and what the estimate keeps free of it. */
export const RUN_LIMIT_SECONDS = 360;
export const MARGIN_SECONDS = 60;

export interface WriteEstimate {
  /** Cells of the matrices the render writes (values, formats, validations, links). */
  cells: number;
  seconds: number;
}

/** The cells the renderer will write for this spec, and the seconds that takes. */
export function writeEstimate(spec: WorkbookSpec, cost = WRITE_COST): WriteEstimate {
  const textStyles = new TextStyles(new Builders());
  let cells = 0;
  for (const sheet of spec.sheets) {
    const grid = sheetGrid(sheet, spec, 'sheets');
    cells += grid.links.length;
    for (const region of grid.regions) {
      const size = region.rows * region.cols;
      cells += size;
      for (const m of formatMatrices(region, spec.styles, textStyles)) cells += m.cells;
    }
    const box = boundingRef(sheet.validations.map((v) => normalizeValidation(v, spec).range));
    if (box) {
      const b = parseRange(box);
      cells += (b.row2 - b.row1 + 1) * (b.col2 - b.col1 + 1);
    }
  }
  return { cells, seconds: cost.calls * cost.perCall + cells * cost.perCell };
}
