/** Sheet titles every host takes, and numbered titles beside the marketer's own sheets. */
import { freeTitle, freeTitles, titleProblem } from '../../../core/workbook/titles';

describe('titleProblem', () => {
  it.each([
    ['', 'is empty'],
    ['A'.repeat(32), 'is longer than 31 characters'],
    ['Q1/Q2', 'contains one of'],
    ['a:b', 'contains one of'],
    ['[x]', 'contains one of'],
    ['what?', 'contains one of'],
    ['star*', 'contains one of'],
    ['back\\slash', 'contains one of'],
    ["'quoted", 'apostrophe'],
    ["quoted'", 'apostrophe'],
    ['history', 'History'],
  ])('refuses %j', (title, why) => {
    expect(titleProblem(title)).toContain(why);
  });

  it.each(['Overview', 'A'.repeat(31), 'Control (2)', "Marketer's plan", 'تحلیل وضعیت', '计划'])(
    'accepts %j',
    (title) => {
      expect(titleProblem(title)).toBeNull();
    },
  );
});

describe('freeTitle', () => {
  it('numbers a title the workbook has, ignoring case', () => {
    expect(freeTitle('Control', ['control'])).toBe('Control (2)');
    expect(freeTitle('Control', ['Control', 'CONTROL (2)'])).toBe('Control (3)');
    expect(freeTitle('Control', ['Budget'])).toBe('Control');
  });

  it('keeps a numbered title within 31 characters', () => {
    const long = 'L'.repeat(31);
    expect(freeTitle(long, [long])).toBe(`${'L'.repeat(27)} (2)`);
    expect(titleProblem(freeTitle(long, [long]))).toBeNull();
  });

  it('gives new sheets titles unlike each other and unlike the existing ones', () => {
    expect(freeTitles(['Plan', 'Data', 'plan'], ['Data'])).toEqual([
      'Plan',
      'Data (2)',
      'plan (2)',
    ]);
  });
});
