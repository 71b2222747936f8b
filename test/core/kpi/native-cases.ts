/** The cases of KPI_FUNCTIONS.md as native formulas over literal arguments. */
import * as native from '../../../core/kpi/native';

/** A literal argument as it would sit in a cell. */
const lit = (v: number | string) => (typeof v === 'number' ? String(v) : `"${v}"`);

export type NativeCase = [string, () => string, number | string];

export const NATIVE_CASES: NativeCase[] = [
  ['VARIANCE(120, 100)', () => native.varianceFormula('120', '100'), 20],
  ['VARIANCE_PCT(80, 100)', () => native.variancePctFormula('80', '100'), -0.2],
  ['VARIANCE_PCT(-50, -100)', () => native.variancePctFormula('-50', '-100'), 0.5],
  ['VARIANCE_PCT(5, 0)', () => native.variancePctFormula('5', '0'), '#DIV/0!'],
  ['ATTAINMENT(120, 100)', () => native.attainmentFormula('120', '100'), 1.2],
  ['ATTAINMENT(60, 50, "lower")', () => native.attainmentFormula('60', '50', lit('lower')), 0.8],
  ['ATTAINMENT(40, 50, "LOWER")', () => native.attainmentFormula('40', '50', lit('LOWER')), 1.2],
  ['STATUS(100, 100)', () => native.statusFormula('100', '100'), 'GREEN'],
  ['STATUS(95, 100)', () => native.statusFormula('95', '100'), 'AMBER'],
  ['STATUS(89, 100)', () => native.statusFormula('89', '100'), 'RED'],
  ['STATUS(110, 100, "lower")', () => native.statusFormula('110', '100', lit('lower')), 'AMBER'],
  ['STATUS(0, 0, "lower")', () => native.statusFormula('0', '0', lit('lower')), 'GREEN'],
  ['STATUS(3, 0, "lower")', () => native.statusFormula('3', '0', lit('lower')), 'RED'],
  [
    'STATUS(95, 100, "higher", 0.02)',
    () => native.statusFormula('95', '100', lit('higher'), '0.02'),
    'RED',
  ],
  [
    'STATUS(95, 100, "sideways")',
    () => native.statusFormula('95', '100', lit('sideways')),
    '#VALUE!',
  ],
  ['STATUS(95, 100, "", 1)', () => native.statusFormula('95', '100', lit(''), '1'), '#VALUE!'],
  ['STATUS("", 100)', () => native.statusFormula('""', '100'), ''],
  ['STATUS("abc", 100)', () => native.statusFormula(lit('abc'), '100'), '#VALUE!'],
  [
    'TARGET_TO_DATE(3100, 46023, 46053, 46032)',
    () => native.targetToDateFormula('3100', '46023', '46053', '46032'),
    1000,
  ],
  [
    'TARGET_TO_DATE(3100, 46023, 46053, 46100)',
    () => native.targetToDateFormula('3100', '46023', '46053', '46100'),
    3100,
  ],
  [
    'TARGET_TO_DATE(3100, 46053, 46023, 46032)',
    () => native.targetToDateFormula('3100', '46053', '46023', '46032'),
    '#NUM!',
  ],
  [
    'PACE(1200, 3100, 46023, 46053, 46032)',
    () => native.paceFormula('1200', '3100', '46023', '46053', '46032'),
    1.2,
  ],
  [
    'PACE(10, 3100, 46023, 46053, 46000)',
    () => native.paceFormula('10', '3100', '46023', '46053', '46000'),
    '#N/A',
  ],
  [
    'FORECAST(1000, 46023, 46053, 46032)',
    () => native.forecastFormula('1000', '46023', '46053', '46032'),
    3100,
  ],
  [
    'FORECAST(5000, 46023, 46053, 46060)',
    () => native.forecastFormula('5000', '46023', '46053', '46060'),
    5000,
  ],
  [
    'REQUIRED_RATE(1000, 3100, 46053, 46032)',
    () => native.requiredRateFormula('1000', '3100', '46053', '46032'),
    100,
  ],
  [
    'REQUIRED_RATE(4000, 3100, 46053, 46032)',
    () => native.requiredRateFormula('4000', '3100', '46053', '46032'),
    0,
  ],
  [
    'REQUIRED_RATE(1000, 3100, 46053, 46053)',
    () => native.requiredRateFormula('1000', '3100', '46053', '46053'),
    '#N/A',
  ],
];
