/**
 * Field readers for validation: each reads one field of untyped input, records a clear error
 * with the field's path when the value is wrong, and returns the value (or undefined).
 */
import { isoDate, isWorkingDay, parseIsoDate } from './dates';
import type { PlanError } from './types';

/** Control characters other than tab and newline cannot be stored in a cell as typed. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export type Raw = Record<string, unknown>;

export class FieldReader {
  readonly errors: PlanError[] = [];

  error(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  isObject(value: unknown): value is Raw {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  }

  /** Reports keys the contract does not know (usually a typo). */
  knownKeys(path: string, value: Raw, keys: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (!keys.includes(key)) {
        const where = path ? `${path}.${key}` : key;
        this.error(where, `unknown field (expected one of: ${keys.join(', ')})`);
      }
    }
  }

  object(path: string, value: unknown): Raw | undefined {
    if (value === undefined || value === null) return undefined;
    if (!this.isObject(value)) {
      this.error(path, 'expected an object');
      return undefined;
    }
    return value;
  }

  array(path: string, value: unknown, max: number, what: string): unknown[] | undefined {
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) {
      this.error(path, 'expected a list');
      return undefined;
    }
    if (value.length > max) {
      this.error(path, `${value.length} ${what}; a plan holds at most ${max.toLocaleString('en')}`);
      return undefined;
    }
    return value;
  }

  text(
    path: string,
    value: unknown,
    opts: { max: number; required?: boolean },
  ): string | undefined {
    if (value === undefined || value === null || value === '') {
      if (opts.required) this.error(path, 'required');
      return undefined;
    }
    if (typeof value !== 'string') {
      this.error(path, `expected text, got ${JSON.stringify(value)}`);
      return undefined;
    }
    if (opts.required && value.trim() === '') {
      this.error(path, 'required');
      return undefined;
    }
    if (value.length > opts.max) {
      this.error(path, `too long (${value.length} characters; at most ${opts.max})`);
      return undefined;
    }
    if (CONTROL.test(value)) {
      this.error(path, 'contains a control character that a spreadsheet cannot store');
      return undefined;
    }
    return value;
  }

  /**
   * A channel name: the sheets sum budgets and count tasks by channel with SUMIFS/COUNTIFS,
   * whose criteria read a leading = < > as an operator and * ? ~ as wildcards.
   */
  channelName(path: string, value: unknown, required: boolean): string | undefined {
    const name = this.text(path, value, { max: 60, required });
    if (name !== undefined && /^[=<>]|[*?~]/.test(name)) {
      this.error(
        path,
        `"${name}" cannot start with = < > or contain * ? ~ (spreadsheets read them as operators)`,
      );
      return undefined;
    }
    return name;
  }

  oneOf<T extends string>(path: string, value: unknown, options: readonly T[]): T | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' || !options.includes(value as T)) {
      this.error(
        path,
        `unknown value ${JSON.stringify(value)} (expected one of: ${options.join(', ')})`,
      );
      return undefined;
    }
    return value as T;
  }

  number(
    path: string,
    value: unknown,
    opts: { min?: number; max?: number; below?: number; integer?: boolean; what?: string } = {},
  ): number | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.error(path, `not a number: ${JSON.stringify(value)}`);
      return undefined;
    }
    const what = opts.what ?? 'the value';
    if (opts.integer && !Number.isInteger(value)) {
      this.error(path, `${what} must be a whole number, got ${value}`);
    } else if (opts.min !== undefined && value < opts.min) {
      this.error(path, `${what} must be at least ${opts.min}, got ${value}`);
    } else if (opts.max !== undefined && value > opts.max) {
      this.error(path, `${what} must be at most ${opts.max}, got ${value}`);
    } else if (opts.below !== undefined && value >= opts.below) {
      this.error(path, `${what} must be below ${opts.below}, got ${value}`);
    } else {
      return value;
    }
    return undefined;
  }

  date(path: string, value: unknown): number | undefined {
    if (value === undefined || value === null) return undefined;
    const serial = typeof value === 'string' ? parseIsoDate(value) : null;
    if (serial === null) {
      this.error(path, `not a date (expected YYYY-MM-DD), got ${JSON.stringify(value)}`);
      return undefined;
    }
    return serial;
  }

  workingDay(path: string, serial: number): void {
    if (!isWorkingDay(serial)) {
      this.error(
        path,
        `${isoDate(serial)} is a weekend day; tasks start on a working day (Mon–Fri)`,
      );
    }
  }
}
