/**
 * The round trip, for every framework and language: generate, fill the input cells as a
 * marketer would (distinct values; text that looks like a formula among them), read back,
 * generate again from what was read — every input cell holds what was typed.
 */
import { readFileSync, writeFileSync } from 'fs';
import { FRAMEWORKS } from '../../core/frameworks';
import { LANGUAGES } from '../../core/i18n';
import { samplePlan } from '../../core/plan/samples';
import type { PlanInput } from '../../core/plan/types';
import { cliSandbox } from './sandbox';
import { fillInputs, lostIn } from './fill';
import { planOf, specOf } from '../helpers';

const box = cliSandbox();

describe.each(FRAMEWORKS.map((f) => f.id))('the round trip of a %s plan', (framework) => {
  it.each([...LANGUAGES])('keeps every input cell typed in %s', async (language) => {
    const sample = samplePlan(language);
    const input: PlanInput = {
      ...sample,
      framework,
      ...(framework === 'sostac' ? {} : { tasks: undefined }),
    };
    writeFileSync(box.at('in.json'), JSON.stringify(input));
    expect(await box.run('--input', 'in.json', '--out', 'plan.xlsx')).toBe(0);
    const spec = specOf(input);
    const typed = await fillInputs(box.at('plan.xlsx'), spec, planOf(input).start);
    expect(typed.length).toBeGreaterThan(100);

    expect(await box.run('read', 'plan.xlsx', '--out', 'back.json')).toBe(0);
    expect(box.err.filter((l) => l.startsWith('warning'))).toEqual([]);
    expect(await box.run('--input', 'back.json', '--out', 'again.xlsx')).toBe(0);
    expect(await lostIn(box.at('again.xlsx'), typed)).toEqual([]);
    expect(JSON.parse(readFileSync(box.at('back.json'), 'utf8')).id).toMatch(/^pb-/);
  });
});
