/**
 * The default schedule every framework seeds: set-up first and the launch once what it needs is
 * ready, always-on work to the plan's last working day, milestones at the growth checkpoints and
 * the objectives' deadlines, control work under the framework's control stage — over the whole
 * plan, whatever its length and working week; and the Schedule sheet's formulas agree.
 */
import { MAX_LINKS } from '../../../core/plan/limits';
import { FRAMEWORKS, defaultTactics } from '../../../core/frameworks';
import { translator } from '../../../core/i18n';
import { WorkCalendar } from '../../../core/plan/calendar';
import { linkStart } from '../../../core/plan/schedule';
import type { Plan, PlanInput } from '../../../core/plan/types';
import { GANTT } from '../../../core/sheets/layouts/schedule';
import { generateWorkbook } from '../../../core/generate';
import { evaluateSpec } from '../../engines/hyperformula';
import { validatePlan } from '../../../core/plan/validate';
import { TODAY, planOf } from '../../helpers';

const t = translator('en');
const named = (plan: Plan, key: string) =>
  plan.tasks.find((task) => task.name === t(`task.${key}`));

/** Plans of several lengths and working weeks (Vietnam's holidays, Iran's Friday weekend). */
const CASES: [string, Omit<PlanInput, 'framework'>][] = [
  ['default length', {}],
  ['4 weeks', { period: { start: '2027-03-01', weeks: 4 } }],
  [
    '13 weeks in Vietnam over Tết',
    { business: { country: 'VN' }, period: { start: '2027-01-18', weeks: 13 } },
  ],
  ['52 weeks in Iran', { business: { country: 'IR' }, period: { start: '2027-03-06', weeks: 52 } }],
];

describe.each(FRAMEWORKS.map((fw) => [fw.id, fw] as const))('the %s default schedule', (id, fw) => {
  describe.each(CASES)('over %s', (_, input) => {
    const plan = planOf({ framework: id, ...input });
    const cal = WorkCalendar.of(plan);
    const byId = new Map(plan.tasks.map((task) => [task.id, task]));
    const lastDay = cal.workday(plan.end + 1, -1);

    it('starts no task before a predecessor it needs allows', () => {
      const early = plan.tasks.flatMap((task) =>
        task.links
          .filter((link) => task.start < linkStart(cal, link, byId.get(link.id)!, task.days))
          .map((link) => `${task.id} after ${link.id}`),
      );
      expect(early).toEqual([]);
    });

    it('links each task as the framework’s tactics say, the launch after all of its set-up', () => {
      const names = new Map(plan.tasks.map((task) => [task.name, task]));
      for (const tactic of defaultTactics(fw)) {
        const task = names.get(t(`task.${tactic.key}`));
        if (!task) continue;
        const wanted = [tactic.after ?? []]
          .flat()
          .map((key) => names.get(t(`task.${key}`))?.id)
          .filter((x) => x !== undefined);
        // Each link the tactic names, unless another of its links already leads through it:
        // the launch waits for the landing pages through the checkout review.
        const reached = (id: string): string[] => {
          const own = byId.get(id)!.links.map((l) => l.id);
          return [...own, ...own.flatMap(reached)];
        };
        const through = new Set(task.links.flatMap((l) => reached(l.id)));
        expect({
          task: tactic.key,
          links: task.links.map((l) => l.id).sort(),
        }).toEqual({ task: tactic.key, links: wanted.filter((id) => !through.has(id!)).sort() });
        expect(task.links.length).toBeLessThanOrEqual(MAX_LINKS);
      }
      const launch = named(plan, 'launch')!;
      for (const link of launch.links) expect(launch.start).toBeGreaterThan(byId.get(link.id)!.end);
    });

    it('runs from the plan’s first week to its last, all of it inside the plan', () => {
      const starts = plan.tasks.map((task) => task.start);
      const ends = plan.tasks.map((task) => task.end);
      expect(Math.min(...starts)).toBe(cal.nextWorkingDay(plan.start));
      expect(Math.max(...ends)).toBe(lastDay);
      expect(ends.filter((end) => end > plan.end)).toEqual([]);
    });

    it('launches once tracking, landing pages and the email sequence are ready', () => {
      const launch = named(plan, 'launch')!;
      expect(launch.days).toBe(0);
      // What the launch waits for, directly or through the tasks it follows.
      const waitsFor = (id: string): string[] =>
        byId.get(id)!.links.flatMap((link) => [link.id, ...waitsFor(link.id)]);
      const before = waitsFor(launch.id).map((id) => byId.get(id)!.name);
      expect(before).toEqual(
        expect.arrayContaining([t('task.tracking_setup'), t('task.landing_pages')]),
      );
      const email = ['email_nurture', 'email_capture', 'onboarding_emails'].map((k) =>
        t(`task.${k}`),
      );
      expect(before.some((name) => email.includes(name))).toBe(true);
    });

    it('runs the always-on work from the launch to the plan’s last working day', () => {
      const launch = named(plan, 'launch')!;
      const keys = ['content_publishing', 'social_posting', 'kpi_review', 'reactive_work'];
      for (const task of keys.map((k) => named(plan, k)!)) {
        expect(task.start).toBe(cal.workday(launch.end, 1));
        expect(task.end).toBe(lastDay);
      }
    });

    it('files reviews and reactive time under the control stage, with the milestones', () => {
      const control = plan.tasks
        .filter((task) => task.stage === fw.controlStage)
        .map((task) => task.name);
      expect(control).toEqual(
        expect.arrayContaining([
          t('task.kpi_review'),
          t('task.reactive_work'),
          t('task.objectivesDue'),
        ]),
      );
    });

    it('marks the objectives’ deadline and each checkpoint after the launch', () => {
      const launch = named(plan, 'launch')!;
      const milestones = plan.tasks.filter((task) => task.days === 0 && task !== launch);
      const due = milestones.filter((task) => task.name === t('task.objectivesDue'));
      expect(due.map((task) => task.start)).toEqual([
        cal.workday(plan.objectives[0].deadline + 1, -1),
      ]);
      for (const task of milestones) expect(task.start).toBeGreaterThan(launch.end);
    });
  });
});

describe.each(FRAMEWORKS.map((fw) => [fw.id]))('a very short %s plan', (id) => {
  it.each([1, 2, 3])('of %i weeks seeds a schedule inside it, launched from 2 weeks', (weeks) => {
    const result = validatePlan(
      { framework: id, period: { start: '2027-01-04', weeks } },
      { today: TODAY },
    );
    expect(result.ok && result.warnings).toEqual([]);
    const plan = planOf({ framework: id, period: { start: '2027-01-04', weeks } });
    expect(plan.tasks.filter((task) => task.end > plan.end)).toEqual([]);
    const checkpoints = plan.tasks.filter((task) => task.name.startsWith('Checkpoint'));
    expect(new Set(checkpoints.map((task) => task.name)).size).toBe(checkpoints.length);
    if (weeks === 1) return;
    const launch = named(plan, 'launch');
    expect(launch).toBeDefined();
    expect(named(plan, 'reactive_work')?.start).toBeGreaterThan(launch!.end);
  });
});

describe('milestones at the objectives’ own deadlines', () => {
  it('marks each distinct deadline once, on its last working day', () => {
    const plan = planOf({
      framework: 'race',
      period: { start: '2027-01-04', weeks: 26 },
      objectives: [
        { category: 'sell', kpi: 'revenue', deadline: '2027-04-04' },
        { category: 'speak', kpi: 'sessions', deadline: '2027-04-04' },
        { category: 'save', kpi: 'cpa', deadline: '2027-06-30' },
      ],
    });
    const due = plan.tasks.filter((task) => task.name === t('task.objectivesDue'));
    // 4 April 2027 is a Sunday: the milestone falls on Friday 2 April.
    expect(due.map((task) => task.start)).toEqual([
      planOf({ framework: 'race', period: { start: '2027-04-02', weeks: 1 } }).start,
      planOf({ framework: 'race', period: { start: '2027-06-30', weeks: 1 } }).start,
    ]);
  });
});

describe('an objective due before the launch', () => {
  it('keeps its milestone on its own date', () => {
    const plan = planOf({
      framework: 'sostac',
      period: { start: '2027-01-04', weeks: 26 },
      objectives: [{ category: 'sell', kpi: 'revenue', deadline: '2027-01-15' }],
    });
    const [due] = plan.tasks.filter((task) => task.name === t('task.objectivesDue'));
    expect(due.links).toEqual([]);
    expect(due.start).toBe(planOf({ framework: 'sostac', period: { start: '2027-01-15' } }).start);
    expect(due.start).toBeLessThan(named(plan, 'launch')!.start);
  });
});

describe('the default schedule in the Schedule sheet’s formulas', () => {
  it.each(FRAMEWORKS.map((fw) => [fw.id]))('%s: HyperFormula computes the same dates', (id) => {
    const plan = planOf({
      framework: id,
      business: { country: 'VN' },
      period: { start: '2027-01-18' },
    });
    const evaluated = evaluateSpec(generateWorkbook(plan));
    expect(evaluated.errors()).toEqual([]);
    const computed = plan.tasks.map((_, i) => [
      evaluated.value('schedule', GANTT.firstRow + i, GANTT.col.start),
      evaluated.value('schedule', GANTT.firstRow + i, GANTT.col.end),
    ]);
    expect(computed).toEqual(plan.tasks.map((task) => [task.start, task.end]));
  });
});
