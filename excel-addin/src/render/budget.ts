/**
 * The size of the request being queued. Excel on the web refuses a request (the writes
 * between two syncs) over 5 MB, so the renderer syncs before a write would take it past
 * REQUEST_LIMIT; small writes (formats, names, rules) are covered by the margin left.
 */

/** The most a request may carry here: 5 MB less a margin for the small writes not counted. */
export const REQUEST_LIMIT = 4_000_000;
/** What a counted write adds besides its payload (its path and property names). */
const OVERHEAD = 200;

export class RequestBudget {
  private used = 0;

  constructor(private readonly context: Excel.RequestContext) {}

  /** Counts a write about to be queued; first syncs what is queued when it would not fit. */
  async take(...payload: unknown[]): Promise<void> {
    const bytes = payload.reduce<number>((n, p) => n + JSON.stringify(p).length, OVERHEAD);
    if (this.used > 0 && this.used + bytes > REQUEST_LIMIT) await this.sync();
    this.used += bytes;
  }

  /** Sends what is queued, and keeps calculation suspended for the writes that follow. */
  async sync(): Promise<void> {
    await this.context.sync();
    this.used = 0;
    this.context.application.suspendApiCalculationUntilNextSync();
  }
}

/**
 * A region's rows in slices that each fit a request beside others (half the limit): a region
 * of 2,000 task rows is one slice; 60,000 long notes are several.
 */
export function rowSlices(contents: unknown[][], numberFormats: unknown[][]): [number, number][] {
  const bytes = JSON.stringify(contents).length + JSON.stringify(numberFormats).length;
  const rows = contents.length;
  const per = Math.max(1, Math.floor((rows * REQUEST_LIMIT) / 2 / Math.max(bytes, 1)));
  const slices: [number, number][] = [];
  for (let r = 0; r < rows; r += per) slices.push([r, Math.min(rows, r + per)]);
  return slices;
}
