/**
 * Golden cases: test/cases/<name>/plan.json beside expected.json, the facts the workbook must
 * compute. Facts are checked through a CellReader, so HyperFormula and LibreOffice answer the
 * same questions.
 */
import { readFileSync, readdirSync } from 'fs';
import path from 'path';
import { parseIsoDate } from '../../core/dates/serial';
import { SAMPLE_PLAN } from '../../core/plan/sample';
import { parseCell, parseRange } from '../../core/workbook/a1';
import type { WorkbookSpec } from '../../core/workbook/spec';
import { CONTROL_COLUMNS } from '../../core/sheets/layouts/control';
import type { ChannelMeasure } from '../../core/sheets/layouts/control';
import { GANTT } from '../../core/sheets/layouts/schedule';
import type { EngineValue } from './hyperformula';
import { readName, rowOfKey, type CellReader } from './reader';

type Expected = number | string;

export interface GoldenCase {
  name: string;
  plan: unknown;
  today: string;
  tasks: Record<string, Record<string, Expected>>;
  kpis: Record<string, Record<string, Expected>>;
  /** Control rows without a KPI id (subtotals), by the text in their Name column. */
  controlRows: Record<string, Record<string, Expected>>;
  /** A channel's section on Control: measure (spend, cpa, …) → column → expected. */
  channels: Record<string, Record<string, Record<string, Expected>>>;
  names: Record<string, Expected>;
  cells: Record<string, Expected>;
}

const CASES_DIR = path.join(__dirname, '..', 'cases');

/**
 * Every case folder. A case's plan is its plan.json, or, where expected.json says
 * `"plan": "sample"`, the sample plan itself (core/plan/sample.ts: one copy, not two kept in
 * step by hand).
 */
export function loadCases(): GoldenCase[] {
  return readdirSync(CASES_DIR).map((name) => {
    const dir = path.join(CASES_DIR, name);
    const { plan: source, ...expected } = JSON.parse(
      readFileSync(path.join(dir, 'expected.json'), 'utf8'),
    );
    const plan =
      source === 'sample'
        ? SAMPLE_PLAN
        : JSON.parse(readFileSync(path.join(dir, 'plan.json'), 'utf8'));
    const none = { tasks: {}, kpis: {}, controlRows: {}, channels: {}, names: {}, cells: {} };
    return { name, plan, ...none, ...expected };
  });
}

/** An expected "YYYY-MM-DD" means a date: compare its serial. */
function expectedValue(value: Expected): EngineValue {
  if (typeof value === 'string') return parseIsoDate(value) ?? value;
  return value;
}

/** The Control row whose Name column reads `title`. */
function rowOfName(spec: WorkbookSpec, read: CellReader, title: string): number {
  const ids = spec.names.find((n) => n.name === 'KPI_ID');
  const r = parseRange(ids?.ref ?? '');
  for (let row = r.row1; row <= r.row2; row++) {
    if (read('control', row, CONTROL_COLUMNS.name) === title) return row;
  }
  throw new Error(`no Control row named ${title}`);
}

/** The title row of a channel's section on Control (below the funnel's KPI rows). */
function rowOfChannel(spec: WorkbookSpec, read: CellReader, channel: string): number {
  const ids = parseRange(spec.names.find((n) => n.name === 'KPI_ID')?.ref ?? '');
  for (let row = ids.row2 + 1; row <= ids.row2 + 2000; row++) {
    // A section's title row holds the channel's name and no KPI id; its spend row follows.
    const title = !read('control', row, CONTROL_COLUMNS.kpi);
    if (title && read('control', row + 1, CONTROL_COLUMNS.kpi) === 'marketing_cost') {
      if (read('control', row, CONTROL_COLUMNS.name) === channel) return row;
    }
  }
  throw new Error(`no Control section for the channel ${channel}`);
}

/**
 * A channel's measure: in its section under the title (spend, and the measures with a target),
 * or among the untargeted rows further down, named "<channel> · <measure>".
 */
function rowOfMeasure(read: CellReader, title: number, channel: string, m: ChannelMeasure) {
  const id = m === 'spend' ? 'marketing_cost' : m;
  const kpiAt = (row: number) => read('control', row, CONTROL_COLUMNS.kpi);
  for (let row = title + 1; kpiAt(row); row++) if (kpiAt(row) === id) return row;
  for (let row = title + 1; row <= title + 2000; row++) {
    const name = read('control', row, CONTROL_COLUMNS.name);
    if (typeof name === 'string' && name.startsWith(`${channel} · `) && kpiAt(row) === id)
      return row;
  }
  throw new Error(`no Control row for ${channel}'s ${m}`);
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
        actual: read('schedule', row, col),
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
  for (const [title, fields] of Object.entries(c.controlRows)) {
    const row = rowOfName(spec, read, title);
    for (const [field, value] of Object.entries(fields)) {
      const col = CONTROL_COLUMNS[field as keyof typeof CONTROL_COLUMNS];
      facts.push({
        what: `${title} ${field}`,
        actual: read('control', row, col),
        expected: expectedValue(value),
      });
    }
  }
  for (const [channel, measures] of Object.entries(c.channels)) {
    const title = rowOfChannel(spec, read, channel);
    for (const [measure, fields] of Object.entries(measures)) {
      const row = rowOfMeasure(read, title, channel, measure as ChannelMeasure);
      for (const [field, value] of Object.entries(fields)) {
        const col = CONTROL_COLUMNS[field as keyof typeof CONTROL_COLUMNS];
        facts.push({
          what: `${channel} ${measure} ${field}`,
          actual: read('control', row, col),
          expected: expectedValue(value),
        });
      }
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
