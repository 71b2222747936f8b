import { SAMPLE_PLAN } from '../../../core/plan/sample';
import { specOf } from '../../helpers';
import { cellAt, sheetOf } from './spec-reader';

describe('the Overview sheet', () => {
  const spec = specOf(SAMPLE_PLAN);
  const sheet = sheetOf(spec, 'overview');
  const cells = sheet.blocks.flatMap((b) => b.cells.flat()).filter((c) => c !== null);

  it('opens with the business name and framework', () => {
    expect(cellAt(sheet, 1, 1)?.value).toBe('Lotus Tea House');
    expect(cellAt(sheet, 2, 1)?.value).toBe('SOSTAC digital marketing plan');
  });

  it('links to every sheet of the workbook by id, in order, showing its title', () => {
    const links = cells.filter((c) => c.linkToSheet !== undefined);
    expect(links.map((c) => c.linkToSheet)).toEqual(spec.sheets.map((s) => s.id));
    expect(links.map((c) => c.value)).toEqual(spec.sheets.map((s) => s.title));
  });

  it('shows live facts from the named cells', () => {
    const formulas = cells.flatMap((c) => (c.formula ? [c.formula] : []));
    expect(formulas).toEqual(
      expect.arrayContaining([
        'PlanStart',
        'PlanEnd',
        'ReportDate',
        'Budget_Total',
        'COUNTIFS(Control_Status,"RED",Control_ID,"<>")',
      ]),
    );
  });

  it('lists the six SOSTAC stages with their questions', () => {
    const texts = cells.map((c) => c.value);
    expect(texts).toEqual(
      expect.arrayContaining(['Situation', 'Where are we now?', 'Control', 'Did we get there?']),
    );
  });
});
