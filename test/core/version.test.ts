/** The version the workbook records is the package's, and a plan's id is kept or made alike. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PLANBOOK_VERSION } from '../../core/version';
import { newPlanId, PLAN_ID } from '../../core/plan/plan-id';
import { validatePlan } from '../../core/plan/validate';
import { serial } from '../helpers';

describe('what made a workbook', () => {
  it('records the package’s version', () => {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8'));
    expect(PLANBOOK_VERSION).toBe(pkg.version);
  });

  it('keeps a plan’s id, makes one from the plan and the day, and refuses a malformed one', () => {
    const today = serial('2027-01-01');
    const made = validatePlan({ framework: 'race' }, { today });
    const again = validatePlan({ framework: 'race' }, { today });
    const otherDay = validatePlan({ framework: 'race' }, { today: today + 1 });
    if (!made.ok || !again.ok || !otherDay.ok) throw new Error('the plans are valid');
    expect(made.plan.id).toMatch(PLAN_ID);
    expect(again.plan.id).toBe(made.plan.id);
    expect(otherDay.plan.id).not.toBe(made.plan.id);
    expect(newPlanId({ framework: 'aisas' }, today)).not.toBe(made.plan.id);
    const kept = validatePlan({ framework: 'race', id: 'pb-0123456789abcdef' }, { today });
    expect(kept.ok && kept.plan.id).toBe('pb-0123456789abcdef');
    const bad = validatePlan({ framework: 'race', id: 'plan 7' }, { today });
    expect(bad.ok ? [] : bad.errors.map((e) => e.path)).toEqual(['id']);
  });
});
