/** The Excel KPI.* functions, run in Node with the CustomFunctions runtime faked. */
import {
  callAsExcel,
  expectContractResult,
  installCustomFunctions,
} from '../fakes/custom-functions';
import { execFileSync } from 'child_process';
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

/** A function called as Excel calls it under its metadata (callAsExcel). */
const call = (id: string, ...args: unknown[]) => callAsExcel(excel[BY_ID[id]], args);

describe('the Excel KPI.* functions', () => {
  it.each(CONTRACT_CASES.map((k) => [k.call, k] as const))('%s', (_, k) => {
    expectContractResult(call(k.fn, ...k.args), k.expected);
  });

  it('returns ranges with an error object per failing element', () => {
    const [range, mismatch] = RANGE_CASES;
    expect(call('VARIANCE', ...range.args)).toEqual(range.expected);
    expect(call('VARIANCE', ...mismatch.args)).toMatchObject({
      code: '#VALUE!',
      message: 'ranges must be the same size',
    });
    const mixed = call('STATUS', [[100], ['abc'], [null]], 100) as unknown[][];
    expect(mixed[0][0]).toBe('GREEN');
    expect(mixed[1][0]).toMatchObject({
      code: '#VALUE!',
      message: 'actual is not a number: "abc"',
    });
    expect(mixed[2][0]).toBe('');
  });

  it('never throws out of a range whose getter throws', () => {
    const result = call('STATUS', rangeWithThrowingGetter(100), 100) as unknown[][];
    expect(result[0][0]).toBe('GREEN');
    expect(result[0][1]).toMatchObject({
      code: '#VALUE!',
      message: 'cannot compute: the range is gone',
    });
  });

  it('gives #VALUE! and #N/A a message, and #DIV/0! and #NUM! none (as Excel allows)', () => {
    expect(call('PACE', 10, 3100, 46023, 46053, 46000)).toMatchObject({
      code: '#N/A',
      message: 'as_of is before the period starts',
    });
    expect(call('VARIANCE_PCT', 5, 0)).toMatchObject({ code: '#DIV/0!', message: '' });
    expect(call('TARGET_TO_DATE', 1, 46053, 46023, 46032)).toMatchObject({
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

describe('through their metadata, as Excel calls them', () => {
  const metadata = JSON.parse(
    readFileSync(path.join(__dirname, 'functions.expected.json'), 'utf8'),
  ) as {
    functions: {
      id: string;
      options?: { volatile?: boolean };
      parameters: { name: string; dimensionality?: string }[];
      result: { dimensionality?: string };
    }[];
  };

  it('takes every parameter as a range and gives a range back', () => {
    for (const f of metadata.functions) {
      expect([f.id, f.result.dimensionality]).toEqual([f.id, 'matrix']);
      for (const p of f.parameters)
        expect([f.id, p.name, p.dimensionality]).toEqual([f.id, p.name, 'matrix']);
    }
  });

  it('makes the functions that measure at a day volatile, and only those', () => {
    const volatile = metadata.functions.filter((f) => f.options?.volatile).map((f) => f.id);
    const withAsOf = metadata.functions
      .filter((f) => f.parameters.some((p) => p.name === 'as_of'))
      .map((f) => f.id);
    expect(volatile).toEqual(withAsOf);
    expect(volatile).toEqual([
      'TARGET_TO_DATE',
      'PACE',
      'FORECAST',
      'REQUIRED_RATE',
      'TARGET_PATH',
    ]);
  });

  it('computes ranges with blanks element by element, a single cell applying to all', () => {
    const raw = (id: string, ...args: unknown[]) => excel[BY_ID[id]](...args);
    expect(raw('STATUS', [[100], [null], [95], [89]], [[100]])).toEqual([
      ['GREEN'],
      [''],
      ['AMBER'],
      ['RED'],
    ]);
    expect(
      raw(
        'VARIANCE',
        [
          [120, null],
          [80, 7],
        ],
        [
          [100, 100],
          [null, 5],
        ],
      ),
    ).toEqual([
      [20, ''],
      ['', 2],
    ]);
    const toDate = raw('TARGET_TO_DATE', [[3100], [null], [6200]], [[46023]], [[46053]], [[46032]]);
    expect(toDate).toEqual([[1000], [''], [2000]]);
    // One cell in, one cell out (Excel shows it in the cell, not as a spill).
    expect(raw('ATTAINMENT', [[120]], [[100]])).toEqual([[1.2]]);
  });
});

describe("today, when as_of is left out, is the workbook's local day", () => {
  it('in Auckland at 09:00, while it is still the day before in UTC', () => {
    // In a process of its own, whose time zone is Auckland's (UTC+13 in January): at 20:00 UTC
    // on 1 January 2027 it is 09:00 on 2 January there; two days of 31 are due.
    const out = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(__dirname, 'local-day.script.ts'),
        String(Date.UTC(2027, 0, 1, 20)),
      ],
      { env: { ...process.env, TZ: 'Pacific/Auckland' }, encoding: 'utf8' },
    );
    expect(JSON.parse(out)).toEqual([[200]]);
  });
});
