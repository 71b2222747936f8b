/**
 * The size of the request being queued, in the bytes Excel on the web receives. Office.js
 * sends a request as a message whose body is the request's JSON as a string, so a value
 * travels as JSON within JSON (every quote escaped once more), in UTF-8 (a Chinese character
 * is three bytes). Excel on the web refuses a request over 5 MB: the renderer syncs before a
 * write would take the request past REQUEST_LIMIT. Every write counts: its values and each
 * action it queues (an object path, a method, a property set). The constants were fitted to
 * Office.js's own serializer (test/fakes/excel/office-js.ts), whose requests a test holds to
 * these counts: counted at or above what is sent, and never past the limit.
 */

/** The most a request may carry: 4 MB, a fifth under Excel on the web's 5 MB. */
export const REQUEST_LIMIT = 4_000_000;
/** What one queued action (object path, method or property set) adds besides its values. */
export const ACTION_BYTES = 400;
/** Office.js splits a large write into chunks, each with its own path: about 5% more. */
const VALUE_FACTOR = 1.1;

/** UTF-8 bytes of a string, without Buffer or TextEncoder (the task pane has neither in tests). */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** A value's bytes on the wire: its JSON, as a string inside the message's JSON. */
export function wireBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(JSON.stringify(value))) - 2;
}

export class RequestBudget {
  private used = 0;
  /** What each request sent was counted at (for the tests and the bench). */
  readonly counted: number[] = [];

  constructor(private readonly context: Excel.RequestContext) {}

  /**
   * Counts `actions` actions carrying `values`, about to be queued; first syncs what is queued
   * when they would not fit beside it.
   */
  async take(actions: number, ...values: unknown[]): Promise<void> {
    const bytes = values.reduce<number>(
      (n, v) => n + wireBytes(v) * VALUE_FACTOR,
      actions * ACTION_BYTES,
    );
    if (this.used > 0 && this.used + bytes > REQUEST_LIMIT) await this.sync();
    this.used += bytes;
  }

  /**
   * Writes rows in slices that fill each request: the first slice what the queued request still
   * has room for, the next ones whole requests. `rowBytes` is each row's values on the wire,
   * `actions` what each slice's write queues; `write` queues the rows [from, to).
   */
  async rows(
    actions: number,
    rowBytes: readonly number[],
    write: (from: number, to: number) => void,
  ): Promise<void> {
    const overhead = actions * ACTION_BYTES;
    let from = 0;
    while (from < rowBytes.length) {
      const room = REQUEST_LIMIT - this.used - overhead;
      let [to, bytes] = [from, 0];
      while (to < rowBytes.length && bytes + rowBytes[to] * VALUE_FACTOR <= room) {
        bytes += rowBytes[to] * VALUE_FACTOR;
        to++;
      }
      if (to === from && this.used > 0) {
        await this.sync();
        continue;
      }
      // A row larger than a whole request goes alone: nothing smaller can carry it.
      if (to === from) [to, bytes] = [from + 1, rowBytes[from] * VALUE_FACTOR];
      this.used += bytes + overhead;
      write(from, to);
      from = to;
    }
  }

  /** Sends what is queued, and keeps calculation suspended for the writes that follow. */
  async sync(): Promise<void> {
    this.counted.push(this.used);
    await this.context.sync();
    this.used = 0;
    this.context.application.suspendApiCalculationUntilNextSync();
  }

  /** Sends the last request. */
  async finish(): Promise<void> {
    this.counted.push(this.used);
    await this.context.sync();
    this.used = 0;
  }
}
