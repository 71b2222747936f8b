/**
 * Every sheet's page setup in the spec (every host that has page setup writes it: the renderer
 * contract; what LibreOffice prints from it: test/engines/print.test.ts).
 */
import { FRAMEWORKS } from '../../../core/frameworks';
import { CONTROL_VISIBLE } from '../../../core/sheets/layouts/control';
import { specOf } from '../../helpers';

describe.each(FRAMEWORKS.map((f) => f.id))('the %s workbook’s page setup', (framework) => {
  const spec = specOf({ framework });
  const sheet = (id: string) => spec.sheets.find((s) => s.id === id)!;

  it('prints every sheet one page wide, its frozen header on every page', () => {
    for (const s of spec.sheets) {
      expect(s.print).toBeDefined();
      const rows = s.freeze?.rows ?? 0;
      if (rows > 0) expect(s.print!.titleRows).toBeDefined();
    }
  });

  it('prints the summary on a page each: Overview upright, Control and the Gantt across', () => {
    expect(sheet('overview').print).toEqual({ landscape: false, pagesTall: 1 });
    const control = sheet('control').print!;
    expect(control.landscape).toBe(true);
    expect(control.area).toMatch(
      new RegExp(`^A1:${String.fromCharCode(64 + CONTROL_VISIBLE)}\\d+$`),
    );
    expect(sheet('schedule').print!.titleColumns).toEqual({ from: 1, to: 2 });
    // The days off print, the working-day index beside them does not.
    expect(sheet('holidays').print!.area).toMatch(/^A1:H\d+$/);
  });
});
