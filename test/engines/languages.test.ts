/**
 * Every framework in every language, as .xlsx recalculated by LibreOffice and evaluated by
 * HyperFormula: no error cell anywhere; Persian sheets right to left in the file; and the same
 * formulas in every language (only their text — titles and words in quotes — differs).
 */
import JSZip from 'jszip';
import { FRAMEWORKS } from '../../core/frameworks';
import { LANGUAGES } from '../../core/i18n';
import type { WorkbookSpec } from '../../core/workbook/spec';
import { renderXlsx } from '../../core/xlsx';
import { largePlanInput, specOf } from '../helpers';
import { evaluateSpec } from './hyperformula';
import { errorCells, hasLibreOffice, recalculate } from './libreoffice';

const planIn = (framework: string, language: string) => ({
  ...largePlanInput(12, 13, 'week', framework),
  language,
  // The fixture's names are English: a plan in another language starts from its own words.
  business: { name: `planbook ${language}` },
  channels: undefined,
  tasks: undefined,
  channelResults: undefined,
});

const CASES = FRAMEWORKS.flatMap((f) => LANGUAGES.map((l) => [f.id, l] as const));

/** A formula with its texts taken out: titles in references and strings in quotes. */
function shape(formula: string, titles: string[]): string {
  let out = formula.replace(/"(?:[^"]|"")*"/g, '"…"');
  for (const title of titles) out = out.split(`'${title.replace(/'/g, "''")}'!`).join('‹sheet›!');
  for (const title of titles) out = out.split(`${title}!`).join('‹sheet›!');
  return out;
}

function formulasOf(spec: WorkbookSpec): string[] {
  const titles = [...spec.sheets.map((s) => s.title)].sort((a, b) => b.length - a.length);
  return spec.sheets.flatMap((s) =>
    s.blocks.flatMap((b) =>
      b.cells.flatMap((row, r) =>
        row.flatMap((c, i) =>
          c?.formula ? [`${s.id}!${b.row + r},${b.col + i} ${shape(c.formula, titles)}`] : [],
        ),
      ),
    ),
  );
}

describe.each(FRAMEWORKS.map((f) => [f.id]))('%s in every language', (framework) => {
  it('has the same formulas in every language, only their texts translated', () => {
    const english = formulasOf(specOf(planIn(framework, 'en')));
    expect(english.length).toBeGreaterThan(300);
    for (const language of LANGUAGES) {
      expect(formulasOf(specOf(planIn(framework, language)))).toEqual(english);
    }
  });
});

describe.each(CASES)('%s in %s', (framework, language) => {
  const spec = specOf(planIn(framework, language));

  it('computes no error in HyperFormula', () => {
    const hf = evaluateSpec(spec);
    expect(hf.errors()).toEqual([]);
    hf.hf.destroy();
  });

  it('is right to left in the .xlsx exactly when the language is', async () => {
    const zip = await JSZip.loadAsync(await renderXlsx(spec));
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(sheets.length).toBe(spec.sheets.length);
    for (const file of sheets) {
      const xml = await zip.file(file)!.async('string');
      expect([file, /rightToLeft="1"/.test(xml)]).toEqual([file, language === 'fa']);
    }
  });

  const lo = hasLibreOffice() ? it : it.skip;
  lo('computes no error in LibreOffice', async () => {
    const sheets = recalculate(await renderXlsx(spec), `${framework}-${language}`);
    expect([...sheets.keys()].sort()).toEqual(spec.sheets.map((s) => s.title).sort());
    expect(errorCells(sheets)).toEqual([]);
  });
});
