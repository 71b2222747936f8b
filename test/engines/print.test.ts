/**
 * The sample workbooks as LibreOffice prints them (A4, each sheet's page setup from the file):
 * every page carries its sheet's title in the header, the one-page sheets print on one page,
 * and no cell prints as ### in the languages whose widths are settled (see the README).
 */
import { samplePlan } from '../../core/plan/samples';
import { renderXlsx } from '../../core/xlsx';
import { specOf } from '../helpers';
import { hasLibreOffice } from './libreoffice';
import { pagesPerSheet, printPages, type PrintedPage } from './print';

const describeLo = hasLibreOffice() ? describe : describe.skip;

describeLo.each(['en', 'zh'])('the %s sample, printed', (language) => {
  const spec = specOf(samplePlan(language));
  const title = (id: string) => spec.sheets.find((s) => s.id === id)!.title;
  let pages: PrintedPage[];
  let perSheet: Map<string, number>;
  beforeAll(async () => {
    pages = printPages(await renderXlsx(spec), `sample-${language}`);
    perSheet = pagesPerSheet(pages);
  }, 120_000);

  it('heads every page with its sheet’s title, every sheet in tab order', () => {
    // Persian and Chinese titles come back from the PDF as they were written.
    expect([...perSheet.keys()]).toEqual(spec.sheets.map((s) => s.title));
  });

  it('prints the Overview and the Gantt on a page each, Control and the days off on two at most', () => {
    expect(perSheet.get(title('overview'))).toBe(1);
    expect(perSheet.get(title('schedule'))).toBe(1);
    // The week and the days off; the working-day index beside them does not print.
    expect(perSheet.get(title('holidays'))).toBeLessThanOrEqual(2);
    expect(perSheet.get(title('control'))).toBeLessThanOrEqual(2);
    // Was 35 pages before each sheet had its page setup (the working-day index alone 17).
    expect(pages.length).toBeLessThanOrEqual(21);
  });

  it('prints no cell as ###', () => {
    const cut = pages.filter((p) => p.text.includes('###')).map((p) => p.sheet);
    expect(cut).toEqual([]);
  });
});
