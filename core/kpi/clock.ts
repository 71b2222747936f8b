/**
 * The one clock of core/kpi: `as_of` defaults to today. Tests and hosts may replace it; the
 * default reads the runner's local calendar day as a serial (1900 system).
 */

import { serialOfDate } from '../dates/serial';

function todayFromSystemClock(): number {
  return serialOfDate(new Date());
}

let today: () => number = todayFromSystemClock;

/** Today's serial day number. */
export function todaySerial(): number {
  return today();
}

/** Replaces the clock (pass nothing to restore the system clock). */
export function setToday(clock?: () => number): void {
  today = clock ?? todayFromSystemClock;
}
