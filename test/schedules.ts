/**
 * Golden schedules, checked by hand (the dates in each case's comment), and an independent
 * forward/backward pass to hold them and the workbook to: it numbers the working days of the
 * calendar and does the critical-path arithmetic on those numbers, sharing no code with
 * core/plan/schedule.ts.
 */
import { isoDate, parseIsoDate } from '../core/dates/serial';

export interface GoldenTask {
  id: string;
  start: string;
  end: string;
  slack: number;
}

export interface GoldenCase {
  name: string;
  input: Record<string, unknown>;
  expected: GoldenTask[];
}

const base = { framework: 'sostac', reportDate: '2027-01-04' };
const task = (id: string, extra: Record<string, unknown>) => ({
  id,
  name: `Task ${id}`,
  stage: 'action',
  ...extra,
});

export const GOLDEN: GoldenCase[] = [
  {
    // Monday–Friday. A 4–8 Jan; B after A FS+2: 13–15; C A SS+1: 5–6; D A FF−1 (4 days): ends
    // Thu 7, so 4–7; E C SF+3 (2 days): ends Fri 8, so 7–8; F after B and D SS+2, not before
    // 20 Jan: 20; G a milestone F FS−1: 20. Backwards from the project's end (20 Jan): F, G
    // critical; B may end by 19 (2 days of slack); A by 12 (2); C by 18 (8); D by 20 (9); E 8.
    name: 'every link type, several predecessors, a lead and a constraint',
    input: {
      ...base,
      period: { start: '2027-01-04', weeks: 4 },
      tasks: [
        task('A', { start: '2027-01-04', days: 5 }),
        task('B', { dependsOn: 'AFS+2', days: 3 }),
        task('C', { dependsOn: [{ id: 'A', type: 'SS', lag: 1 }], days: 2 }),
        task('D', { dependsOn: 'A FF-1', days: 4 }),
        task('E', { dependsOn: ['CSF+3'], days: 2 }),
        task('F', { dependsOn: 'B, DSS+2', start: '2027-01-20', days: 1 }),
        task('G', { dependsOn: 'FFS-1', days: 0 }),
      ],
    },
    expected: [
      { id: 'A', start: '2027-01-04', end: '2027-01-08', slack: 2 },
      { id: 'B', start: '2027-01-13', end: '2027-01-15', slack: 2 },
      { id: 'C', start: '2027-01-05', end: '2027-01-06', slack: 8 },
      { id: 'D', start: '2027-01-04', end: '2027-01-07', slack: 9 },
      { id: 'E', start: '2027-01-07', end: '2027-01-08', slack: 8 },
      { id: 'F', start: '2027-01-20', end: '2027-01-20', slack: 0 },
      { id: 'G', start: '2027-01-20', end: '2027-01-20', slack: 0 },
    ],
  },
  {
    // Iran: Saturday–Thursday (Friday off) and Nowruz closed 21 Mar – 2 Apr 2027. Brief from
    // Sat 13 Mar, 5 days: 13, 14, 15, 16, 17 (Sat–Wed). Ads FS: Thu 18; 3 days: 18, then 20
    // is oil nationalisation day (a holiday) and Nowruz follows, so 18 and 3–4 Apr. Launch
    // SS+1 from Ads: 1 working day after 18 Mar is 3 Apr. Report FS: Mon 5 Apr, 2 days: 5–6.
    name: 'a Friday weekend across Nowruz',
    input: {
      ...base,
      business: { country: 'IR' },
      reportDate: '2027-03-13',
      period: { start: '2027-03-13', weeks: 6 },
      tasks: [
        task('BR', { start: '2027-03-13', days: 5 }),
        task('AD', { dependsOn: 'BR', days: 3 }),
        task('LA', { dependsOn: 'ADSS+1', days: 0 }),
        task('RE', { dependsOn: 'AD', days: 2 }),
      ],
    },
    expected: [
      { id: 'BR', start: '2027-03-13', end: '2027-03-17', slack: 0 },
      { id: 'AD', start: '2027-03-18', end: '2027-04-04', slack: 0 },
      { id: 'LA', start: '2027-04-03', end: '2027-04-03', slack: 3 },
      { id: 'RE', start: '2027-04-05', end: '2027-04-06', slack: 0 },
    ],
  },
  {
    // Vietnam, Monday–Friday, Tết closed 5–9 Feb 2027 (Fri–Tue). Posts from Wed 3 Feb, 4 days:
    // 3, 4, then 10, 11. The sale FS after it: Fri 12, 1 day.
    name: 'a plan crossing Tết',
    input: {
      ...base,
      business: { country: 'VN' },
      period: { start: '2027-02-01', weeks: 4 },
      reportDate: '2027-02-01',
      tasks: [task('P', { start: '2027-02-03', days: 4 }), task('S', { dependsOn: 'P', days: 1 })],
    },
    expected: [
      { id: 'P', start: '2027-02-03', end: '2027-02-11', slack: 0 },
      { id: 'S', start: '2027-02-12', end: '2027-02-12', slack: 0 },
    ],
  },
];

/** A link as the independent pass reads it. */
interface PassLink {
  id: string;
  type: string;
  lag: number;
}

export interface PassTask {
  id: string;
  notBefore: number | null;
  days: number;
  links: PassLink[];
}

/**
 * Forward and backward pass on working-day numbers: `isWorking` says which serials are worked;
 * the tasks come in an order where predecessors precede successors.
 */
export function criticalPath(
  tasks: PassTask[],
  isWorking: (serial: number) => boolean,
  from: number,
  to: number,
): Map<string, { start: number; end: number; slack: number }> {
  const days: number[] = [];
  for (let d = from; d <= to; d++) if (isWorking(d)) days.push(d);
  const index = (serial: number) => days.findIndex((d) => d >= serial);
  const span = (t: PassTask) => Math.max(t.days - 1, 0);
  const es = new Map<string, number>();
  const ef = new Map<string, number>();
  for (const t of tasks) {
    let start = t.notBefore === null ? 0 : index(t.notBefore);
    for (const l of t.links) {
      const [ps, pf] = [es.get(l.id)!, ef.get(l.id)!];
      const candidate = {
        FS: pf + 1 + l.lag,
        SS: ps + l.lag,
        FF: pf + l.lag - span(t),
        SF: ps + l.lag - span(t),
      }[l.type]!;
      start = Math.max(start, candidate);
    }
    es.set(t.id, start);
    ef.set(t.id, start + span(t));
  }
  const end = Math.max(...ef.values());
  const lf = new Map<string, number>();
  for (const t of [...tasks].reverse()) {
    let late = end;
    for (const s of tasks) {
      for (const l of s.links.filter((x) => x.id === t.id)) {
        const sLf = lf.get(s.id)!;
        const sLs = sLf - span(s);
        const candidate = {
          FS: sLs - 1 - l.lag,
          SS: sLs - l.lag + span(t),
          FF: sLf - l.lag,
          SF: sLf - l.lag + span(t),
        }[l.type]!;
        late = Math.min(late, candidate);
      }
    }
    lf.set(t.id, late);
  }
  return new Map(
    tasks.map((t) => [
      t.id,
      {
        start: days[es.get(t.id)!],
        end: days[ef.get(t.id)!],
        slack: lf.get(t.id)! - ef.get(t.id)!,
      },
    ]),
  );
}

export const iso = (serial: number) => isoDate(serial);
export const day = (text: string) => parseIsoDate(text) as number;
