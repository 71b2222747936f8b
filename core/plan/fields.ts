/**
 * Field readers for validation: each reads one field of untyped input, records a clear error
 * with the field's path when the value is wrong, and returns the value (or undefined).
 */
import { translator, type Translate } from '../i18n';
import { FIRST_DATE, LAST_DATE, isoDate, parseIsoDate } from '../dates/serial';
import type { WorkCalendar } from './calendar';
import { AMOUNT_MAX, AMOUNT_MIN, TEXT_MAX } from './limits';
import { unstorableCharacter } from './text';
import type { PlanError } from './types';

export type Raw = Record<string, unknown>;

/** A bound as a message states it: 1,000,000,000,000,000 rather than 1000000000000000. */
const plain = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 6 });

/** The dates every host holds alike, as messages state them. */
export const DATE_RANGE = `${isoDate(FIRST_DATE)} to ${isoDate(LAST_DATE)}`;

/**
 * Reads fields and records every problem with its path; messages come from the message table
 * of the language they are for (`t`, English by default), so a Persian marketer reads them in
 * Persian. `what` arguments are message keys ("what.budget").
 */
export class FieldReader {
  readonly errors: PlanError[] = [];
  /** What the marketer should know but may keep (a task that ends after the plan). */
  readonly warnings: PlanError[] = [];

  constructor(readonly t: Translate = translator('en')) {}

  error(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  warn(path: string, message: string): void {
    this.warnings.push({ path, message });
  }

  isObject(value: unknown): value is Raw {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  }

  /** Reports keys the contract does not know (usually a typo). */
  knownKeys(path: string, value: Raw, keys: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (!keys.includes(key)) {
        const where = path ? `${path}.${key}` : key;
        this.error(where, this.t('error.unknownField', { keys: keys.join(', ') }));
      }
    }
  }

  object(path: string, value: unknown): Raw | undefined {
    if (value === undefined || value === null) return undefined;
    if (!this.isObject(value)) {
      this.error(path, this.t('error.expectedObject'));
      return undefined;
    }
    return value;
  }

  /** An element of a list of objects: null there is a mistake, not an omission. */
  item(path: string, value: unknown): Raw | undefined {
    if (value === undefined || value === null) {
      this.error(path, this.t('error.expectedObject'));
      return undefined;
    }
    return this.object(path, value);
  }

  array(path: string, value: unknown, max: number, what: string): unknown[] | undefined {
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) {
      this.error(path, this.t('error.expectedList'));
      return undefined;
    }
    if (value.length > max) {
      const [count, most] = [value.length, max.toLocaleString('en')];
      this.error(path, this.t('error.tooMany', { count, what: this.t(what), max: most }));
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
      if (opts.required) this.error(path, this.t('error.required'));
      return undefined;
    }
    if (typeof value !== 'string') {
      this.error(path, this.t('error.expectedText', { value: JSON.stringify(value) }));
      return undefined;
    }
    if (opts.required && value.trim() === '') {
      this.error(path, this.t('error.required'));
      return undefined;
    }
    if (value.length > opts.max) {
      this.error(path, this.t('error.tooLong', { length: value.length, max: opts.max }));
      return undefined;
    }
    const bad = unstorableCharacter(value, this.t);
    if (bad) {
      this.error(path, bad);
      return undefined;
    }
    return value;
  }

  /**
   * A channel name: the sheets sum budgets and count tasks by channel with SUMIFS/COUNTIFS,
   * whose criteria read a leading = < > as an operator and * ? ~ as wildcards.
   */
  channelName(path: string, value: unknown, required: boolean): string | undefined {
    const name = this.text(path, value, { max: TEXT_MAX.channel, required });
    if (name !== undefined && /^[=<>]|[*?~]/.test(name)) {
      this.error(path, this.t('error.channelOperator', { name }));
      return undefined;
    }
    return name;
  }

  oneOf<T extends string>(path: string, value: unknown, options: readonly T[]): T | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' || !options.includes(value as T)) {
      const [shown, list] = [JSON.stringify(value), options.join(', ')];
      this.error(path, this.t('error.unknownValue', { value: shown, options: list }));
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
    if (typeof value !== 'number') {
      this.error(path, this.t('error.notNumber', { value: JSON.stringify(value) }));
      return undefined;
    }
    if (!Number.isFinite(value)) {
      // JSON.parse reads 1e999 as Infinity, which JSON.stringify would print as null.
      this.error(path, this.t('error.notFinite', { value }));
      return undefined;
    }
    const what = this.t(opts.what ?? 'what.value');
    if (value !== 0 && Math.abs(value) < AMOUNT_MIN) {
      this.error(path, this.t('error.tooSmall', { what, min: AMOUNT_MIN.toFixed(6), value }));
    } else if (opts.integer && !Number.isInteger(value)) {
      this.error(path, this.t('error.notWhole', { what, value }));
    } else if (opts.min !== undefined && value < opts.min) {
      this.error(path, this.t('error.atLeast', { what, min: plain(opts.min), value }));
    } else if (opts.max !== undefined && value > opts.max) {
      this.error(path, this.t('error.atMost', { what, max: plain(opts.max), value }));
    } else if (opts.below !== undefined && value >= opts.below) {
      this.error(path, this.t('error.below', { what, below: plain(opts.below), value }));
    } else {
      return value;
    }
    return undefined;
  }

  /**
   * Money, a baseline, a target or an actual: within ±AMOUNT_MAX, so that no formula of the
   * workbook overflows (limits.ts); `min` 0 for what cannot be negative.
   */
  amount(path: string, value: unknown, opts: { min?: number; what: string }): number | undefined {
    return this.number(path, value, {
      min: opts.min ?? -AMOUNT_MAX,
      max: AMOUNT_MAX,
      what: opts.what,
    });
  }

  date(path: string, value: unknown): number | undefined {
    if (value === undefined || value === null) return undefined;
    const serial = typeof value === 'string' ? parseIsoDate(value) : null;
    if (serial === null) {
      this.error(path, this.t('error.notDate', { value: JSON.stringify(value) }));
      return undefined;
    }
    if (serial < FIRST_DATE || serial > LAST_DATE) {
      this.error(path, this.t('error.dateOutOfRange', { value: String(value), range: DATE_RANGE }));
      return undefined;
    }
    return serial;
  }

  /** A date the task starts on must be worked in the plan's calendar (weekend, holidays). */
  workingDay(path: string, serial: number, cal: WorkCalendar): void {
    if (!cal.isWorkingDay(serial)) {
      const next = isoDate(cal.nextWorkingDay(serial));
      this.error(path, this.t('error.dayOff', { date: isoDate(serial), next }));
    }
  }
}
