/**
 * The one clock of core/kpi: `as_of` defaults to today. Tests and hosts may replace it; the
 * default reads the runner's local calendar day as a serial (1900 system).
 */

const MS_PER_DAY = 86400000;
const UNIX_EPOCH_SERIAL = 25569;

function todayFromSystemClock(): number {
  const now = new Date();
  return (
    Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / MS_PER_DAY + UNIX_EPOCH_SERIAL
  );
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
