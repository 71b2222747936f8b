/**
 * The sample workbooks as LibreOffice prints them (A4, each sheet's page setup from the file):
 * every page carries its sheet's title in the header, the one-page sheets print on one page,
 * and no cell prints as ###, in every framework and language.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { FRAMEWORKS } from '../../core/frameworks';
import { LANGUAGES } from '../../core/i18n';
import { samplePlan } from '../../core/plan/samples';
import { renderXlsx } from '../../core/xlsx';
import { specOf } from '../helpers';
import { hasLibreOffice } from './libreoffice';
import { pagesPerSheet, printPages, titleKey, type PrintedPage } from './print';

const describeLo = hasLibreOffice() ? describe : describe.skip;

/** What `npm run plan` writes: the sample plan, or with --framework the framework's seed. */
const CASES = FRAMEWORKS.flatMap((f) => LANGUAGES.map((language) => [f.id, language] as const));

describeLo.each(CASES)('the %s sample in %s, printed', (framework, language) => {
  const input = framework === 'sostac' ? samplePlan(language) : { framework, language };
  const spec = specOf(input);
  const pagesOf = (id: string) => {
    const key = titleKey(spec.sheets.find((s) => s.id === id)!.title);
    return [...perSheet].find(([title]) => titleKey(title) === key)?.[1];
  };
  let pages: PrintedPage[];
  let perSheet: Map<string, number>;
  beforeAll(async () => {
    pages = printPages(await renderXlsx(spec), `${framework}-${language}`);
    perSheet = pagesPerSheet(pages);
  }, 120_000);

  it('heads every page with its sheet’s title, every sheet in tab order', () => {
    // Persian and Chinese titles come back from the PDF as they were written.
    expect([...perSheet.keys()].map(titleKey)).toEqual(spec.sheets.map((s) => titleKey(s.title)));
  });

  it('prints the summary — Overview, Control and the Gantt — on three A4 pages', () => {
    // The Vietnamese source asks for a plan summary of two or three pages.
    expect(['overview', 'control', 'schedule'].map(pagesOf)).toEqual([1, 1, 1]);
    // The week and the days off print; the working-day index beside them does not.
    expect(pagesOf('holidays')).toBeLessThanOrEqual(3);
    // Was 35 pages before each sheet had its page setup (the working-day index alone 17).
    expect(pages.length).toBeLessThanOrEqual(23);
  });

  if (framework === 'sostac' && language === 'en') {
    it('prints as the README says, sheet by sheet', () => {
      const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
      const counts = [...perSheet].map(([title, n]) => `${title} ${n}`).join(', ');
      expect(readme.replace(/\s+/g, ' ')).toContain(
        `pages per sheet: ${counts} — ${pages.length} in all`,
      );
    });
  }

  it('prints no cell as ###', () => {
    const cut = pages.filter((p) => p.text.includes('###')).map((p) => p.sheet);
    expect(cut).toEqual([]);
  });
});
