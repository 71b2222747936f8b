/**
 * The Control sheet, read as HyperFormula computes it: funnel sections, objective rows that
 * follow the Objectives sheet (their KPI too), phased targets for volumes and straight paths for
 * rates, each row's own tolerance, and a section per channel.
 */
import { CONTROL_COLUMNS as C, controlLayout } from '../../../core/sheets/layouts/control';
import { framework } from '../../../core/frameworks';
import { planOf } from '../../helpers';
import { columnLetter as L } from '../../../core/workbook/a1';
import { SAMPLE_PLAN } from '../../../core/plan/sample';
import { evaluateSpec, type Evaluated } from '../../engines/hyperformula';
import { serial, specOf } from '../../helpers';
import { cellAt, nameRange, sheetOf } from './spec-reader';
import { targetsColumn, targetsLayout } from '../../../core/sheets/layouts/targets';

const layoutOf = (input: unknown) => controlLayout(planOf(input), framework('sostac'), true);

describe('the Control sheet', () => {
  const spec = specOf(SAMPLE_PLAN);
  const sheet = sheetOf(spec, 'control');
  const ids = nameRange(spec, 'KPI_ID');
  let hf: Evaluated;
  beforeEach(() => {
    hf = evaluateSpec(spec);
  });
  const value = (row: number, col: number) => hf.value('control', row, col);
  const rows = () => Array.from({ length: ids.row2 - ids.row1 + 1 }, (_, i) => ids.row1 + i);
  /** The funnel row of a KPI, as the sheet computes its id. */
  const row = (kpi: string) => {
    const found = rows().find((r) => value(r, C.kpi) === kpi);
    if (found === undefined) throw new Error(`no Control row for ${kpi}`);
    return found;
  };

  it('groups KPIs in a section per funnel stage, objectives first within each', () => {
    const body = rows().map((r) => value(r, C.kpi) || `[${value(r, C.name)}]`);
    expect(body).toEqual([
      '[Reach]',
      'sessions',
      'ctr',
      '[Convert]',
      'revenue',
      'cvr',
      'cpa',
      'conversions',
      'marketing_cost',
      'roas',
      'blended_roas',
      'aov',
      '[Engage]',
      'repeat_rate',
    ]);
  });

  it('reads an objective’s KPI, 5S, baseline, target and deadline from the Objectives sheet', () => {
    const cvr = row('cvr');
    const formula = (c: number) => cellAt(sheet, cvr, c)?.formula ?? '';
    expect(formula(C.kpi)).toContain('INDEX(Objectives_KPI,2)');
    expect(formula(C.fiveS)).toContain('INDEX(Objectives_FiveS,2)');
    expect(formula(C.baseline)).toBe(
      'IF(INDEX(Objectives_Baseline,2)="","",INDEX(Objectives_Baseline,2))',
    );
    expect(formula(C.target)).toBe(
      'IF(INDEX(Objectives_Target,2)="","",INDEX(Objectives_Target,2))',
    );
    expect(formula(C.end)).toBe(
      'IF(INDEX(Objectives_Deadline,2)="","",INDEX(Objectives_Deadline,2))',
    );
    expect(cellAt(sheet, row('roas'), C.target)).toEqual({ value: null, style: 'input.ratio' });
    expect(cellAt(sheet, row('marketing_cost'), C.target)).toEqual({
      value: null,
      style: 'input.currency',
    });
  });

  it('names every KPI, its stages, unit and direction from the KPI definitions', () => {
    const tags = (id: string) =>
      [C.name, C.race, C.aisas, C.fiveS, C.unit, C.direction].map((c) => value(row(id), c));
    expect(tags('ctr')).toEqual([
      'Click-through rate',
      'Reach',
      'Interest',
      'Speak',
      'percent',
      'Higher is better',
    ]);
    // AISAS has no retention stage: repeat purchase sits in its "after the sale" group.
    expect(tags('repeat_rate')).toEqual([
      'Repeat purchase rate',
      'Engage',
      'After the sale',
      'Serve',
      'percent',
      'Higher is better',
    ]);
    // The words are the marketer's; the formulas read the code beside them.
    expect(value(row('marketing_cost'), C.direction)).toBe('Closest to target');
    expect(value(row('marketing_cost'), C.directionCode)).toBe('near');
    expect(value(row('ctr'), C.directionCode)).toBe('higher');
    expect(cellAt(sheet, row('ctr'), C.name)?.formula).toContain('KPI_Def_Name');
  });

  it('computes actuals from the Totals sheet’s running totals: volumes summed, rates from sums', () => {
    const actual = (id: string) => value(row(id), C.actual);
    // January and February: the report date's month (March) has no results yet.
    expect(actual('revenue')).toBe(46800);
    expect(actual('sessions')).toBe(25500);
    expect(actual('cvr')).toBeCloseTo(520 / 25500, 6);
    expect(actual('cpa')).toBeCloseTo(8200 / 520, 6);
    // ROAS is the paid channels' (PPC and Social): their revenue over their media spend; blended
    // ROAS divides all revenue, organic and email included, by the same spend.
    expect(actual('roas')).toBeCloseTo((7200 + 2700 + 9450 + 3600) / 6400, 6);
    expect(actual('blended_roas')).toBeCloseTo(46800 / 6400, 6);
    expect(actual('marketing_cost')).toBe(8200);
    expect(value(row('revenue'), C.through)).toBe(serial('2027-02-28'));
    const formula = cellAt(sheet, row('cpa'), C.actual)?.formula ?? '';
    expect(formula).toContain('Totals_Running');
    expect(formula).not.toMatch(/AVERAGE/);
  });

  it('compares a volume with its phased target to date, a rate with its path', () => {
    const [rev, cvr] = [row('revenue'), row('cvr')];
    // 56 of the objective's 178 days (4 January to 30 June) have passed by 28 February.
    expect(value(rev, C.share)).toBeCloseTo(56 / 178, 6);
    expect(value(rev, C.targetToDate)).toBeCloseTo((150000 * 56) / 178, 6);
    expect(value(cvr, C.targetToDate)).toBeCloseTo(0.018 + (0.007 * 56) / 178, 6);
    expect(value(cvr, C.status)).toBe('GREEN');
    expect(value(cvr, C.pace)).toBe('');
    expect(cellAt(sheet, cvr, C.targetToDate)?.formula).toContain(`ISNUMBER(${L(C.target)}`);
  });

  it('judges each row with its own tolerance, the Settings one by default', () => {
    const rev = row('revenue');
    expect(cellAt(sheet, rev, C.tolerance)).toEqual({
      formula: 'Tolerance',
      style: 'input.percent',
    });
    expect(value(rev, C.status)).toBe('AMBER');
    hf.hf.setCellContents(
      { sheet: hf.sheetIndex('control'), row: rev - 1, col: C.tolerance - 1 },
      0.001,
    );
    expect(value(rev, C.status)).toBe('RED');
  });

  it('counts every rated row, the channels’ included, colours every status and exposes the names', () => {
    const channelsEnd = nameRange(spec, 'Control_ID').row2;
    expect(channelsEnd).toBeGreaterThan(60);
    const [status, id] = [L(C.status), L(C.kpi)];
    expect(cellAt(sheet, 4, 2)?.formula).toBe(
      `COUNTIFS($${status}$7:$${status}$${channelsEnd},"GREEN",$${id}$7:$${id}$${channelsEnd},"<>")`,
    );
    expect(sheet.conditionalRules.map((r) => r.id)).toEqual([
      'control.status.green',
      'control.status.amber',
      'control.status.red',
    ]);
    for (const name of ['KPI_ID', 'KPI_Target', 'KPI_Actual', 'KPI_Variance', 'KPI_Status']) {
      expect(nameRange(spec, name)).toMatchObject({ sheetId: 'control', row1: 7, row2: 20 });
    }
    for (const name of ['Control_ID', 'Control_Status']) {
      expect(nameRange(spec, name)).toMatchObject({
        sheetId: 'control',
        row1: 7,
        row2: channelsEnd,
      });
    }
    // The status code and the verdict beside it take its colour.
    expect(C.verdict).toBe(C.status + 1);
    expect(sheet.conditionalRules[0].range).toBe(`${status}7:${L(C.verdict)}${channelsEnd}`);
    expect(value(row('revenue'), C.status)).toBe('AMBER');
    // 46,800 against 47,191.01 due: 0.83% below, which rounds to 1%.
    expect(value(row('revenue'), C.verdict)).toBe('At risk · 1% below plan to date');
    expect(value(row('cvr'), C.verdict)).toBe('On track · 1% above plan to date');
  });

  it('adds a subtotal where volumes add up, recomputing status from the sums', () => {
    const aisas = specOf({ framework: 'aisas' });
    const control = sheetOf(aisas, 'control');
    const { row1, row2 } = nameRange(aisas, 'KPI_ID');
    const title = 'Advocacy subtotal: Shares + Reviews + Referrals';
    const all = Array.from({ length: row2 - row1 + 1 }, (_, i) => row1 + i);
    const subtotal = all.find((r) => cellAt(control, r, C.name)?.value === title)!;
    expect(subtotal).toBeDefined();
    expect(cellAt(control, subtotal, C.kpi)?.value).toBeNull();
    const [a, t, d] = [L(C.actual), L(C.targetToDate), L(C.directionCode)];
    expect(cellAt(control, subtotal, C.actual)?.formula).toMatch(
      new RegExp(
        `^IF\\(NOT\\(OR\\(AND\\(${a}\\d+<>"",${t}\\d+<>""\\),.*\\)\\),"",IF\\(AND\\(${a}\\d+<>"",${t}\\d+<>""\\),${a}\\d+,0\\)\\+`,
      ),
    );
    expect(cellAt(control, subtotal, C.status)?.formula).toMatch(
      new RegExp(`IF\\(OR\\(${d}\\d+="",${d}\\d+="higher"\\)`),
    );
  });

  it('follows an edit of an objective’s target on the Objectives sheet', () => {
    const target = nameRange(spec, 'Objectives_Target');
    const status = () => value(row('revenue'), C.status);
    expect(status()).toBe('AMBER');
    const objectives = hf.sheetIndex('objectives');
    hf.hf.setCellContents(
      { sheet: objectives, row: target.row1 - 1, col: target.col1 - 1 },
      120000,
    );
    expect(value(row('revenue'), C.target)).toBe(120000);
    expect(status()).toBe('GREEN');
  });

  it('follows a change of an objective’s KPI: name, unit, direction, actual and status', () => {
    const kpis = nameRange(spec, 'Objectives_KPI');
    const r = row('revenue');
    // Revenue (a volume) becomes Cost per acquisition (a rate, lower is better).
    const at = { sheet: hf.sheetIndex('objectives'), row: kpis.row1 - 1, col: kpis.col1 - 1 };
    hf.hf.setCellContents(at, 'Cost per acquisition');
    expect(value(r, C.kpi)).toBe('cpa');
    expect([value(r, C.name), value(r, C.unit), value(r, C.directionCode)]).toEqual([
      'Cost per acquisition',
      'money',
      'lower',
    ]);
    expect(value(r, C.actual)).toBeCloseTo(8200 / 520, 6);
    // The path from 100000 to 150000 is far above a CPA of 15.77: lower is better, so GREEN.
    expect(value(r, C.status)).toBe('GREEN');
    hf.hf.setCellContents(at, 'orders');
    expect([value(r, C.kpi), value(r, C.actual)]).toEqual(['orders', 520]);
  });

  it('has a section per channel: spend against budget (near) and the channel’s own KPIs', () => {
    const names = rows().length + ids.row1;
    const below = Array.from({ length: 60 }, (_, i) => names + i);
    // A channel's title row: its name, and no KPI id (so the counts leave it out).
    const titles = below
      .filter((r) => !value(r, C.kpi) && value(r + 1, C.kpi) === 'marketing_cost')
      .map((r) => value(r, C.name));
    expect(titles).toEqual(['SEO', 'PPC', 'Social', 'Email', 'Content']);
    const ppc = below.find((r) => value(r, C.name) === 'PPC')!;
    const measure = (offset: number, c: number) => value(ppc + offset, c);
    expect([measure(1, C.name), measure(1, C.directionCode), measure(1, C.actual)]).toEqual([
      'Spend against budget',
      'near',
      5100,
    ]);
    expect(measure(1, C.target)).toBe(16000);
    // Under the title, spend and the measures PPC has targets for: conversions, CPA, ROAS.
    expect([2, 3, 4].map((k) => measure(k, C.kpi))).toEqual(['conversions', 'cpa', 'roas']);
    expect(measure(3, C.actual)).toBeCloseTo(5100 / 185, 6);
    expect(measure(4, C.actual)).toBeCloseTo(16650 / 5100, 6);
    expect(measure(4, C.status)).toBe('AMBER');
    // The measures without a target: one titled part at the end, in a collapsed group.
    const { untargetedRow, bodyLastRow } = { ...layoutOf(SAMPLE_PLAN) };
    expect(sheet.rowGroups).toEqual([{ from: untargetedRow! + 1, to: bodyLastRow }]);
    const seoClicks = below.find((r) => value(r, C.name) === 'SEO · Clicks')!;
    expect(seoClicks).toBeGreaterThan(untargetedRow!);
    expect([value(seoClicks, C.kpi), value(seoClicks, C.actual)]).toEqual(['clicks', 3200]);
    // 5 channels × 7 measures, less the 5 with targets.
    expect(bodyLastRow - untargetedRow!).toBe(30);
  });
});

describe('the AISAS Control sheet', () => {
  it('keeps Share for sharing and files retention and lifetime value after the sale', () => {
    const spec = specOf({
      framework: 'aisas',
      objectives: [
        { category: 'serve', kpi: 'retention_rate' },
        { category: 'sell', kpi: 'clv' },
        { category: 'serve', kpi: 'unsubscribe_rate' },
      ],
    });
    // The objectives' rows read their KPI from the SMART rows: compute them to see it.
    const ev = evaluateSpec(spec);
    const rows = Array.from({ length: 60 }, (_, i) => [
      ev.value('control', i + 1, C.kpi),
      ev.value('control', i + 1, C.name),
    ]);
    const sectionOf = (kpiId: string) => {
      let section: unknown = null;
      for (const [id, name] of rows) {
        if ((id === null || id === '') && typeof name === 'string' && name) section = name;
        if (id === kpiId) return section;
      }
      return undefined;
    };
    expect(['shares', 'reviews', 'referrals', 'nps'].map(sectionOf)).toEqual([
      'Share',
      'Share',
      'Share',
      'Share',
    ]);
    expect(['retention_rate', 'clv', 'repeat_rate'].map(sectionOf)).toEqual([
      'After the sale',
      'After the sale',
      'After the sale',
    ]);
    expect(sectionOf('unsubscribe_rate')).toBe('Interest');
  });
});

describe('a volume target given as a total or as an increase', () => {
  // 40 reviews before the plan; 120 by its end. 10 new in January, 12 in February; the report
  // date is 28 February, 56 of the plan's 182 days (4 January to 4 July 2027).
  const input = (targetIs?: string) => ({
    framework: 'sostac',
    period: { start: '2027-01-04', weeks: 26 },
    reportDate: '2027-02-28',
    objectives: [{ category: 'speak', kpi: 'reviews', baseline: 40, target: 120, targetIs }],
    actuals: { reviews: { '2027-01': 10, '2027-02': 12 } },
  });
  const share = 56 / 182;
  const reviewsRow = (ev: Evaluated, spec: ReturnType<typeof specOf>) => {
    const ids = nameRange(spec, 'KPI_ID');
    for (let r = ids.row1; r <= ids.row2; r++) {
      if (ev.value('control', r, C.kpi) === 'reviews') return r;
    }
    throw new Error('no reviews row');
  };

  it('reads a total as the baseline plus what the plan adds, and judges the gain fairly', () => {
    const spec = specOf(input('total'));
    const ev = evaluateSpec(spec);
    const at = (c: number) => ev.value('control', reviewsRow(ev, spec), c);
    expect(at(C.name)).toBe('Reviews · Total with the baseline');
    expect(at(C.actual)).toBe(40 + 22);
    expect(at(C.targetToDate)).toBeCloseTo(40 + 80 * share, 9);
    // 22 gained of the 24.6 due: pace 89%; 62 reviews against 64.6 due is 4% short, within
    // the tolerance: at risk, not off track as 22 against 120's share (36.9) would read.
    expect(at(C.pace)).toBeCloseTo(22 / (80 * share), 9);
    expect(at(C.forecast)).toBeCloseTo(40 + 22 / share, 9);
    expect(at(C.status)).toBe('AMBER');
    // Targets phases the 80 to gain, not the 120.
    const layout = controlLayout(planOf(input('total')), framework('sostac'), true);
    const column = targetsColumn(layout.phased.findIndex((p) => p.control.kpi === 'reviews'));
    const { monthly } = targetsLayout(7);
    const months = Array.from({ length: 7 }, (_, k) =>
      ev.value('targets', monthly.first + k, column),
    );
    expect(months.reduce((a: number, b) => a + Number(b), 0)).toBeCloseTo(80, 9);
  });

  it('reads an increase (the default) as 120 new reviews, far behind', () => {
    for (const spec of [specOf(input('increase')), specOf(input())]) {
      const ev = evaluateSpec(spec);
      const at = (c: number) => ev.value('control', reviewsRow(ev, spec), c);
      expect(at(C.name)).toBe('Reviews');
      expect(at(C.actual)).toBe(22);
      expect(at(C.targetToDate)).toBeCloseTo(120 * share, 9);
      expect(at(C.status)).toBe('RED');
    }
  });

  it('follows the choice changed on the SMART row', () => {
    const spec = specOf(input('increase'));
    const ev = evaluateSpec(spec);
    const choice = nameRange(spec, 'Objectives_TargetIs');
    ev.hf.setCellContents(
      { sheet: ev.sheetIndex(choice.sheetId), row: choice.row1 - 1, col: choice.col1 - 1 },
      'Total with the baseline',
    );
    expect(ev.value('control', reviewsRow(ev, spec), C.actual)).toBe(62);
  });

  it('refuses a total for a rate, naming the field', () => {
    const bad = {
      framework: 'sostac',
      objectives: [
        { category: 'sell', kpi: 'cvr', baseline: 0.02, target: 0.03, targetIs: 'total' },
      ],
    };
    expect(() => planOf(bad)).toThrow(/objectives\[0\]\.targetIs/);
  });
});

describe('paid against blended ROAS', () => {
  // A paid channel named in Persian, an owned blog that also boosts its posts, and revenue no
  // channel claims: only the paid channel's revenue and spend make ROAS.
  const input = {
    framework: 'race',
    language: 'fa',
    period: { start: '2027-01-04', weeks: 26 },
    reportDate: '2027-03-01',
    channels: [
      { name: 'تبلیغات گوگل', kind: 'paid', budget: 5000, targets: { roas: 3 } },
      { name: 'وبلاگ', kind: 'owned', budget: 1000, targets: { roas: 4 } },
    ],
    channelResults: [
      { month: '2027-01', channel: 'تبلیغات گوگل', revenue: 3000, media_spend: 1000 },
      { month: '2027-02', channel: 'تبلیغات گوگل', revenue: 3600, media_spend: 1200 },
      { month: '2027-01', channel: 'وبلاگ', revenue: 2400, media_spend: 200 },
      { month: '2027-02', channel: null, revenue: 5000 },
    ],
  };
  const spec = specOf(input);
  const ev = evaluateSpec(spec);
  const ids = nameRange(spec, 'KPI_ID');
  const rowOf = (kpi: string) => {
    for (let r = ids.row1; r <= ids.row2; r++) if (ev.value('control', r, C.kpi) === kpi) return r;
    throw new Error(`no Control row for ${kpi}`);
  };

  it('takes ROAS from the paid channels alone and labels the other as blended', () => {
    expect(ev.value('control', rowOf('roas'), C.actual)).toBeCloseTo(6600 / 2200, 9);
    expect(ev.value('control', rowOf('blended_roas'), C.actual)).toBeCloseTo(14000 / 2400, 9);
    expect(ev.value('control', rowOf('blended_roas'), C.name)).toContain('ROAS ترکیبی');
  });

  it('gives each channel its own ROAS, whatever its kind', () => {
    const layout = controlLayout(planOf(input), framework('race'), true);
    const roas = (i: number) => ev.value('control', layout.channels[i].rows.roas, C.actual);
    expect(roas(0)).toBeCloseTo(6600 / 2200, 9);
    expect(roas(1)).toBeCloseTo(2400 / 200, 9);
  });
});

describe('a channel’s spend against its tasks’ plan', () => {
  /** One channel whose whole budget is one task's, spent in a burst of five working days. */
  const burst = (reportDate: string, spent: number, days = 5) => ({
    framework: 'sostac',
    period: { start: '2027-01-04', weeks: 26 },
    reportDate,
    channels: [{ name: 'Radio', budget: 1000 }],
    tasks: [
      {
        id: 'T1',
        name: 'Radio burst',
        stage: 'tactics',
        channel: 'Radio',
        start: '2027-03-08',
        days,
        budget: 1000,
      },
    ],
    channelResults: [{ month: '2027-03', channel: 'Radio', media_spend: spent }],
  });
  const spendRow = (input: unknown) => {
    const layout = layoutOf(input);
    const ev = evaluateSpec(specOf(input));
    const row = layout.channels[0].rows.spend;
    return (c: number) => ev.value('control', row, c);
  };

  it('is on track when the burst is spent as planned, in the week it runs', () => {
    // 8–12 March 2027, Monday to Friday: all of it due by the 12th, 3 of 5 days by the 10th.
    const done = spendRow(burst('2027-03-12', 1000));
    expect(done(C.targetToDate)).toBeCloseTo(1000, 9);
    expect(done(C.status)).toBe('GREEN');
    const midway = spendRow(burst('2027-03-10', 600));
    expect(midway(C.targetToDate)).toBeCloseTo(600, 9);
    expect(midway(C.status)).toBe('GREEN');
    // Spread evenly over the plan's 182 days it would have been 1000 × 68/182 ≈ 374 by the 12th.
    expect(done(C.targetToDate)).not.toBeCloseTo((1000 * 68) / 182, 0);
  });

  it('is off track when the burst has not been spent', () => {
    const late = spendRow(burst('2027-03-12', 200));
    expect(late(C.status)).toBe('RED');
  });
});
