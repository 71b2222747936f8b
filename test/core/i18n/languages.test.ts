/**
 * Every language planbook speaks: complete message tables, sheet titles every host takes, and
 * workbooks with no English left — every framework, as seeded and as the language's sample,
 * read as the marketer reads them (each formula's computed value; codes the formulas compare
 * stay codes, in cells styled as codes).
 */
import { FRAMEWORKS } from '../../../core/frameworks';
import { buildPlan } from '../../../core/generate';
import { LANGUAGES, LANGUAGE_PACKS, languagePack, translator } from '../../../core/i18n';
import { samplePlan } from '../../../core/plan/samples';
import { plannedSheets } from '../../../core/sheets/titles';
import { placedCells, sheetGrid } from '../../../core/workbook/grid';
import { titleProblem } from '../../../core/workbook/titles';
import type { WorkbookSpec } from '../../../core/workbook/spec';
import { evaluateSpec } from '../../engines/hyperformula';
import { TODAY, specOf } from '../../helpers';
import { englishWords } from './english-words';

const table = (code: string) => languagePack(code).messages as Readonly<Record<string, string>>;
const en = table('en');
const TABLES = LANGUAGE_PACKS.filter((p) => p.code !== 'en').map(
  (p) => [p.code, table(p.code)] as const,
);
const OTHERS = LANGUAGES.filter((l) => l !== 'en');
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe.each(TABLES)('the %s message table', (_, messages) => {
  it('has every English key, and no other', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it('keeps every placeholder of the English message', () => {
    const wrong = Object.keys(en).filter(
      (k) => placeholders(en[k]).join() !== placeholders(messages[k] ?? '').join(),
    );
    expect(wrong).toEqual([]);
  });

  it('translates what the English says in words (codes and abbreviations aside)', () => {
    const english = Object.keys(en).filter(
      // Messages that name plan fields or flags for the CLI keep them as they are typed.
      (k) => !k.startsWith('cli.') && !k.startsWith('error.') && !k.startsWith('warning.'),
    );
    // Placeholders are filled in later: their names are not words the marketer reads.
    const words = (k: string) => englishWords(messages[k].replace(/\{\w+\}/g, ''));
    const left = english.flatMap((k) => words(k).map((w) => `${k}: ${w}`));
    expect(left).toEqual([]);
  });
});

describe.each(LANGUAGES.map((l) => [l]))('sheet titles in %s', (language) => {
  it.each(FRAMEWORKS.map((f) => [f.id, f]))('are distinct and taken by every host: %s', (_, fw) => {
    const titles = plannedSheets(fw, translator(language)).map((s) => s.title);
    expect(titles.map((t) => [t, titleProblem(t)]).filter(([, p]) => p)).toEqual([]);
    expect(new Set(titles.map((t) => t.toLowerCase())).size).toBe(titles.length);
  });
});

/** The English words a marketer reads in a workbook: titles, texts and computed values. */
function englishIn(spec: WorkbookSpec): string[] {
  const hf = evaluateSpec(spec);
  const found = new Set<string>();
  for (const sheet of spec.sheets) {
    for (const w of englishWords(sheet.title)) found.add(`title ${sheet.title}: ${w}`);
    for (const { row, col, cell } of placedCells(sheet)) {
      if (cell.style?.endsWith('.code')) continue;
      const shown = cell.formula === undefined ? cell.value : hf.value(sheet.id, row, col);
      if (typeof shown !== 'string') continue;
      for (const w of englishWords(shown)) found.add(`${sheet.id}!R${row}C${col} "${shown}": ${w}`);
    }
  }
  hf.hf.destroy();
  return [...found];
}

describe('no English in a workbook in another language', () => {
  it('is what the check finds in an English workbook (the check can fail)', () => {
    expect(englishIn(specOf({ framework: 'aisas' })).length).toBeGreaterThan(200);
  });

  const cases = OTHERS.flatMap((language) => [
    [`${language} sample`, samplePlan(language)],
    ...FRAMEWORKS.map((f) => [`${language} ${f.id}`, { framework: f.id, language }]),
  ]) as [string, unknown][];
  it.each(cases)('%s', (_, input) => {
    const result = buildPlan(input, { today: TODAY });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(englishIn(result.spec)).toEqual([]);
  });
});

describe('language-aware output', () => {
  it('defaults a plan’s currency to its market’s and formats money as its users write it', () => {
    const currency = (language: string) => specOf({ framework: 'race', language }).styles;
    expect(currency('fa')['input.currency'].numberFormat).toBe('#,##0 "ریال"');
    expect(currency('vi')['input.currency'].numberFormat).toBe('#,##0 "₫"');
    expect(currency('zh')['input.currency'].numberFormat).toBe('"¥"#,##0.00');
    expect(currency('en')['input.currency'].numberFormat).toBe('"$"#,##0.00');
    const toman = specOf({ framework: 'race', language: 'fa', business: { currency: 'IRT' } });
    expect(toman.styles['input.currency'].numberFormat).toBe('#,##0 "تومان"');
  });

  it('shows a Persian plan’s days in the Solar Hijri calendar in Excel, ISO elsewhere', () => {
    const spec = specOf({ framework: 'sostac', language: 'fa' });
    expect(spec.dateDisplay).toBe('solar-hijri');
    const settings = spec.sheets.find((s) => s.id === 'settings')!;
    const formats = (host: 'excel' | 'sheets') =>
      new Set(sheetGrid(settings, spec, host).regions.flatMap((r) => r.numberFormats.flat()));
    expect(formats('excel')).toContain('[$-fa-IR,16]yyyy/mm/dd;@');
    expect(formats('excel')).not.toContain('yyyy-mm-dd');
    expect(formats('sheets')).toContain('yyyy-mm-dd');
    expect(spec.styles['input.date'].numberFormat).toBe('yyyy-mm-dd');
    expect(specOf({ framework: 'sostac', language: 'vi' }).dateDisplay).toBeUndefined();
  });

  it('keeps numbers as numbers in every language: digits are the host’s to show', () => {
    for (const language of LANGUAGES) {
      const spec = specOf(samplePlan(language));
      const digitTexts = spec.sheets.flatMap((s) =>
        placedCells(s).flatMap(({ cell }) =>
          typeof cell.value === 'string' && /^[\d۰-۹٠-٩.,٫٬\s]+$/.test(cell.value)
            ? [cell.value]
            : [],
        ),
      );
      expect([language, digitTexts]).toEqual([language, []]);
    }
  });

  it('writes each language’s sample in its own words and money', () => {
    const business = (language: string) => {
      const result = buildPlan(samplePlan(language), { today: TODAY });
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      return [
        result.plan.business.name,
        result.plan.business.currency,
        result.plan.channels[2].name,
      ];
    };
    expect(business('vi')).toEqual(['Trà Sen Hồ Tây', 'VND', 'Mạng xã hội']);
    expect(business('fa')).toEqual(['چایخانهٔ نیلوفر', 'IRR', 'شبکه‌های اجتماعی']);
    expect(business('zh')).toEqual(['莲心茶馆', 'CNY', '社交媒体']);
    expect(business('en')).toEqual(['Lotus Tea House', 'USD', 'Social']);
  });

  it('gives validation errors in the plan’s language', () => {
    const errors = (language: string) => {
      const result = buildPlan({ framework: 'race', language, tolerance: 2 }, { today: TODAY });
      return result.ok ? [] : result.errors.map((e) => e.message);
    };
    expect(errors('en')).toEqual(['tolerance must be below 1, got 2']);
    for (const language of OTHERS) {
      const [message] = errors(language);
      expect(message).toBe(
        translator(language)('error.below', {
          what: translator(language)('what.tolerance'),
          below: '1',
          value: 2,
        }),
      );
      expect(englishWords(message)).toEqual([]);
    }
  });
});
