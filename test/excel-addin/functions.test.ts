/** The Excel KPI.* functions, run in Node with the CustomFunctions runtime faked. */
import { expectContractResult, installCustomFunctions } from '../fakes/custom-functions';
import { readFileSync } from 'fs';
import path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { CONTRACT_CASES, RANGE_CASES, rangeWithThrowingGetter } from '../core/kpi/contract-cases';

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const excel = require('../../excel-addin/src/functions') as Record<
  string,
  (...args: unknown[]) => unknown
>;

const BY_ID: Record<string, string> = {
  VARIANCE: 'variance',
  VARIANCE_PCT: 'variancePct',
  ATTAINMENT: 'attainment',
  STATUS: 'status',
  TARGET_TO_DATE: 'targetToDate',
  PACE: 'pace',
  FORECAST: 'forecast',
  REQUIRED_RATE: 'requiredRate',
  TARGET_PATH: 'targetPath',
};

/** Excel passes blank cells and omitted arguments as null. */
const excelArg = (a: unknown) => (a === '' ? null : a);

describe('the Excel KPI.* functions', () => {
  it.each(CONTRACT_CASES.map((k) => [k.call, k] as const))('%s', (_, k) => {
    expectContractResult(excel[BY_ID[k.fn]](...k.args.map(excelArg)), k.expected);
  });

  it('returns ranges with an error object per failing element', () => {
    const [range, mismatch] = RANGE_CASES;
    expect(excel.variance(...range.args)).toEqual(range.expected);
    expect(excel.variance(...mismatch.args)).toMatchObject({
      code: '#VALUE!',
      message: 'ranges must be the same size',
    });
    const mixed = excel.status([[100], ['abc'], [null]], 100) as unknown[][];
    expect(mixed[0][0]).toBe('GREEN');
    expect(mixed[1][0]).toMatchObject({
      code: '#VALUE!',
      message: 'actual is not a number: "abc"',
    });
    expect(mixed[2][0]).toBe('');
  });

  it('never throws out of a range whose getter throws', () => {
    const result = excel.status(rangeWithThrowingGetter(100), 100) as unknown[][];
    expect(result[0][0]).toBe('GREEN');
    expect(result[0][1]).toMatchObject({
      code: '#VALUE!',
      message: 'cannot compute: the range is gone',
    });
  });

  it('gives #VALUE! and #N/A a message, and #DIV/0! and #NUM! none (as Excel allows)', () => {
    expect(excel.pace(10, 3100, 46023, 46053, 46000)).toMatchObject({
      code: '#N/A',
      message: 'as_of is before the period starts',
    });
    expect(excel.variancePct(5, 0)).toMatchObject({ code: '#DIV/0!', message: '' });
    expect(excel.targetToDate(1, 46053, 46023, 46032)).toMatchObject({
      code: '#NUM!',
      message: '',
    });
  });
});

describe('custom-functions-metadata over excel-addin/src/functions.ts', () => {
  it('gives the functions.json checked in beside this test', async () => {
    const source = path.join(__dirname, '..', '..', 'excel-addin', 'src', 'functions.ts');
    const result = await generateCustomFunctionsMetadata(source);
    expect(result.errors).toEqual([]);
    const expected = JSON.parse(
      readFileSync(path.join(__dirname, 'functions.expected.json'), 'utf8'),
    );
    expect(JSON.parse(result.metadataJson)).toEqual(expected);
    expect(expected.functions.map((f: { id: string }) => f.id)).toEqual(Object.keys(BY_ID));
  });
});
