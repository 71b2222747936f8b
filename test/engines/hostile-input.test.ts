/**
 * Hostile and careless input that validation accepts must come out of the .xlsx as typed and
 * compute without an error: random text from the whole Unicode range in every text field, the
 * first and last dates spreadsheets hold, and amounts at their limit. Text that cannot come out
 * as typed must be refused, naming its field.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { generateWorkbook } from '../../core/generate';
import { AMOUNT_MAX, MAX_CHANNELS } from '../../core/plan/limits';
import { RAW_METRICS } from '../../core/kpi/catalogue';
import type { PlanInput } from '../../core/plan/types';
import { validatePlan } from '../../core/plan/validate';
import { renderXlsx } from '../../core/xlsx';
import { TEXT_FIELDS, TODAY, specOf } from '../helpers';
import { evaluateSpec } from './hyperformula';
import { errorCells, hasLibreOffice, recalculate } from './libreoffice';

const describeLo = hasLibreOffice() ? describe : describe.skip;

/** Characters from the whole range (lone surrogates too), mixed with the ones that bite. */
const character = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
  },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 2, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '\ufffe',
      '\uffff',
      '\r',
      '\n',
      '\t',
      ' ',
      '=',
      '+',
      '-',
      '@',
      "'",
      '"',
      '<',
      '&',
      ']]>',
      '_x0041_',
      '_x005F_',
      '\u202e',
      '\u0085',
      '\u009b',
      '\u2028',
      '\ud800',
      '\udc00',
      '😀',
      'e\u0301',
    ),
  },
);
const text = fc.array(character, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));

/** The plan with one text field set to `value` (tasks[1].dependsOn follows tasks[0].id). */
function planWith(field: number, value: string): PlanInput {
  const s = ['Lotus', 'SEO', 'Lan', 'T1', 'Audit', 'Social', 'Minh'];
  s[field] = value;
  const [business, channel, objectiveOwner, id, name, taskChannel, owner] = s;
  return {
    framework: 'sostac',
    business: { name: business },
    period: { start: '2027-01-04', weeks: 4 },
    channels: [{ name: channel, budget: 10 }],
    objectives: [{ category: 'sell', kpi: 'revenue', owner: objectiveOwner }],
    tasks: [
      { id, name, stage: 'action', channel: taskChannel, owner, start: '2027-01-04' },
      { id: '#2', name: 'Follower', stage: 'action', dependsOn: id },
    ],
  };
}

/** Every text a workbook's cells hold (plain, linked and rich text), read back by ExcelJS. */
async function textsOf(bytes: Uint8Array): Promise<Set<string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const texts = new Set<string>();
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as unknown;
        if (typeof v === 'string') texts.add(v);
        else if (v && typeof v === 'object' && 'richText' in v) {
          texts.add((v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join(''));
        } else if (v && typeof v === 'object' && 'text' in v) {
          texts.add(String((v as { text: unknown }).text));
        }
      }),
    ),
  );
  texts.add(wb.title);
  return texts;
}

describe('random text in every field', () => {
  it('is refused with its field named, or comes back from the .xlsx exactly', async () => {
    const outcomes = { accepted: 0, refused: 0 };
    const field = fc.integer({ min: 0, max: 6 });
    await fc.assert(
      fc.asyncProperty(field, text, async (f, value) => {
        const result = validatePlan(planWith(f, value), { today: TODAY });
        if (!result.ok) {
          outcomes.refused++;
          // The field with the text is named (a refused id is also unknown to its follower).
          const named = f === 3 ? [TEXT_FIELDS[3], TEXT_FIELDS[7]] : [TEXT_FIELDS[f]];
          expect(result.errors.map((e) => e.path)).toContain(TEXT_FIELDS[f]);
          for (const e of result.errors) expect(named).toContain(e.path);
          return;
        }
        outcomes.accepted++;
        const texts = await textsOf(await renderXlsx(generateWorkbook(result.plan)));
        expect(texts).toContain(value);
      }),
      { numRuns: 150, seed: 8 },
    );
    // The generator must exercise both outcomes for the property to mean anything.
    expect(outcomes.accepted).toBeGreaterThan(30);
    expect(outcomes.refused).toBeGreaterThan(30);
  });
});

describeLo('accepted text in LibreOffice', () => {
  it('reads back exactly as typed', async () => {
    const names = fc
      .sample(text, { numRuns: 400, seed: 3 })
      .filter((name) => validatePlan(planWith(4, name), { today: TODAY }).ok);
    const tricky = ['_x0041_', '_x005F_x0041_', '=1+1', '+1', '-1', '@SUM(A1)', " 'quote", 'a\nb'];
    const all = [...new Set([...names, ...tricky])];
    const tasks = all.map((name, i) => ({
      id: `T${i}`,
      name,
      stage: 'action',
      start: '2027-01-04',
    }));
    const spec = specOf({ framework: 'sostac', period: { start: '2027-01-04', weeks: 4 }, tasks });
    const sheets = recalculate(await renderXlsx(spec));
    const read = new Set((sheets.get('Schedule') ?? []).map((row) => row[1]));
    expect(all.length).toBeGreaterThan(150);
    expect(all.filter((name) => !read.has(name))).toEqual([]);
  });
});

/** A plan at the edge of what spreadsheets hold, with every amount at its limit. */
function edgePlan(start: string, firstTask: string, timeline: PlanInput['timeline']): PlanInput {
  const month = start.slice(0, 7);
  return {
    framework: 'race',
    period: { start, weeks: 6 },
    timeline,
    reportDate: start,
    channels: Array.from({ length: MAX_CHANNELS }, (_, i) => ({
      name: `Channel ${i + 1}`,
      budget: AMOUNT_MAX,
    })),
    objectives: [
      { category: 'sell', kpi: 'revenue', baseline: -AMOUNT_MAX, target: AMOUNT_MAX },
      { category: 'save', kpi: 'cpa', baseline: AMOUNT_MAX, target: 0.000001 },
    ],
    tasks: [
      {
        id: 'T1',
        name: 'First',
        stage: 'reach',
        start: firstTask,
        channel: 'Channel 1',
        budget: AMOUNT_MAX,
      },
      { id: 'T2', name: 'Next', stage: 'act', dependsOn: 'T1', days: 2, budget: AMOUNT_MAX },
    ],
    actuals: Object.fromEntries(RAW_METRICS.map((m) => [m, { [month]: AMOUNT_MAX }])),
  };
}

const EDGES: [string, PlanInput][] = [
  ['the first day (1900-03-01) by day', edgePlan('1900-03-01', '1900-03-01', 'day')],
  ['the first day (1900-03-01) by week', edgePlan('1900-03-01', '1900-03-01', 'week')],
  ['the first day (1900-03-01) by month', edgePlan('1900-03-01', '1900-03-01', 'month')],
  // Six weeks from 9999-11-20 end on 9999-12-31.
  ['the last day (9999-12-31) by day', edgePlan('9999-11-20', '9999-11-22', 'day')],
  ['the last day (9999-12-31) by week', edgePlan('9999-11-20', '9999-11-22', 'week')],
  ['the last day (9999-12-31) by month', edgePlan('9999-11-20', '9999-11-22', 'month')],
];

describe.each(EDGES)('a plan at %s with amounts at their limit', (_, input) => {
  const spec = specOf(input);

  it('computes no error and no overflow in HyperFormula', () => {
    expect(evaluateSpec(spec).errors()).toEqual([]);
  });

  it('writes no value a spreadsheet cannot read', async () => {
    const zip = await JSZip.loadAsync(await renderXlsx(spec));
    const bad: string[] = [];
    for (const [file, entry] of Object.entries(zip.files)) {
      if (!file.endsWith('.xml')) continue;
      const xml = await entry.async('string');
      if (/<v>[^<]*(Infinity|NaN|e)[^<]*<\/v>/i.test(xml)) bad.push(file);
    }
    expect(bad).toEqual([]);
  });
});

describeLo.each(EDGES)('LibreOffice on a plan at %s', (_, input) => {
  it('recalculates with no error cell', async () => {
    expect(errorCells(recalculate(await renderXlsx(specOf(input))))).toEqual([]);
  });
});
