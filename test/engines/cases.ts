/**
 * Golden cases: test/cases/<name>/plan.json beside expected.json, the facts the workbook must
 * compute. Facts are checked through a CellReader, so HyperFormula and LibreOffice answer the
 * same questions.
 */
import { readFileSync, readdirSync } from 'fs';
import path from 'path';
import { parseIsoDate } from '../../core/plan/dates';
import { parseCell } from '../../core/workbook/a1';
import type { WorkbookSpec } from '../../core/workbook/spec';
import { CONTROL_COLUMNS } from '../../core/sheets/control';
import { GANTT } from '../../core/sheets/gantt-layout';
import type { EngineValue } from './hyperformula';
import { readName, rowOfKey, type CellReader } from './reader';

type Expected = number | string;

export interface GoldenCase {
  name: string;
  plan: unknown;
  today: string;
  tasks: Record<string, Record<string, Expected>>;
  kpis: Record<string, Record<string, Expected>>;
  names: Record<string, Expected>;
  cells: Record<string, Expected>;
}

const CASES_DIR = path.join(__dirname, '..', 'cases');

export function loadCases(): GoldenCase[] {
  return readdirSync(CASES_DIR).map((name) => {
    const dir = path.join(CASES_DIR, name);
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
    const plan = JSON.parse(readFileSync(path.join(dir, 'plan.json'), 'utf8'));
    return { name, plan, tasks: {}, kpis: {}, names: {}, cells: {}, ...expected };
  });
}

/** An expected "YYYY-MM-DD" means a date: compare its serial. */
function expectedValue(value: Expected): EngineValue {
  if (typeof value === 'string') return parseIsoDate(value) ?? value;
  return value;
}

export interface Fact {
  what: string;
  actual: EngineValue;
  expected: EngineValue;
}

export function factsOf(c: GoldenCase, spec: WorkbookSpec, read: CellReader): Fact[] {
  const facts: Fact[] = [];
  for (const [id, fields] of Object.entries(c.tasks)) {
    const row = rowOfKey(spec, read, 'Tasks_ID', id);
    for (const [field, value] of Object.entries(fields)) {
      const col = GANTT.col[field as keyof typeof GANTT.col];
      facts.push({
        what: `task ${id} ${field}`,
        actual: read('actions', row, col),
        expected: expectedValue(value),
      });
    }
  }
  for (const [id, fields] of Object.entries(c.kpis)) {
    const row = rowOfKey(spec, read, 'KPI_ID', id);
    for (const [field, value] of Object.entries(fields)) {
      const col = CONTROL_COLUMNS[field as keyof typeof CONTROL_COLUMNS];
      facts.push({
        what: `KPI ${id} ${field}`,
        actual: read('control', row, col),
        expected: expectedValue(value),
      });
    }
  }
  for (const [name, value] of Object.entries(c.names)) {
    facts.push({
      what: `name ${name}`,
      actual: readName(spec, read, name),
      expected: expectedValue(value),
    });
  }
  for (const [where, value] of Object.entries(c.cells)) {
    const [sheetId, ref] = where.split('!');
    const { row, col } = parseCell(ref);
    // Cells hold user text too, so an expected string is compared as text.
    facts.push({ what: `cell ${where}`, actual: read(sheetId, row, col), expected: value });
  }
  return facts;
}
