/**
 * Widths and heights painted in few calls (paintSizes): whatever the runs, replaying the calls
 * in order leaves every column at its size, touches no column the runs leave out, and never
 * takes more calls than one a run.
 */
import fc from 'fast-check';
import { paintSizes, type Paint } from '../../sheets-addon/src/render/layout';

/** Runs over columns 1…, some touching and some with gaps, sizes from a few values. */
const runsArb = fc
  .array(
    fc.record({
      gap: fc.integer({ min: 0, max: 3 }).map((g) => (g === 3 ? 2 : 0)),
      count: fc.integer({ min: 1, max: 4 }),
      px: fc.constantFrom(26, 54, 82, 89, 103, 243),
    }),
    { maxLength: 25 },
  )
  .map((parts) => {
    const runs: Paint[] = [];
    let at = 1;
    for (const p of parts) {
      at += p.gap;
      runs.push({ at, count: p.count, px: p.px });
      at += p.count;
    }
    return runs;
  });

const replay = (calls: Paint[]) => {
  const columns = new Map<number, number>();
  for (const c of calls) for (let i = 0; i < c.count; i++) columns.set(c.at + i, c.px);
  return columns;
};

describe('paintSizes', () => {
  it('leaves every column at its size, touches no other, in at most one call a run', () => {
    fc.assert(
      fc.property(runsArb, (runs) => {
        const calls = paintSizes(runs);
        expect(replay(calls)).toEqual(replay(runs));
        expect(calls.length).toBeLessThanOrEqual(runs.length);
      }),
      { numRuns: 500 },
    );
  });

  it('paints one size under a stretch and the others over it', () => {
    const runs = [82, 54, 82, 47, 82, 54, 82].map((px, i) => ({ at: i + 1, count: 1, px }));
    expect(paintSizes(runs)).toEqual([
      { at: 1, count: 7, px: 82 },
      { at: 2, count: 1, px: 54 },
      { at: 4, count: 1, px: 47 },
      { at: 6, count: 1, px: 54 },
    ]);
  });

  it('keeps a gap between runs untouched (the column keeps Sheets’ default)', () => {
    const runs = [
      { at: 1, count: 1, px: 82 },
      { at: 3, count: 1, px: 82 },
    ];
    expect(paintSizes(runs)).toEqual(runs);
  });
});
