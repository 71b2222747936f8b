/** The fake SpreadsheetApp's call counter. */

/** Call counts, the cells of the matrices 2-D setters took, and a way to make the n-th service call fail (to test the undo). */
export class CallLog {
  service = 0;
  builder = 0;
  cells = 0;
  readonly byMethod = new Map<string, number>();
  failAt: number | undefined;

  count(what: string): void {
    this.service++;
    this.byMethod.set(what, (this.byMethod.get(what) ?? 0) + 1);
    if (this.failAt !== undefined && this.service === this.failAt) {
      throw new Error(`injected failure at call ${this.service} (${what})`);
    }
  }
}
