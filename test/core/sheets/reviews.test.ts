import { isoDate } from '../../../core/dates/serial';
import { SAMPLE_PLAN } from '../../../core/plan/sample';
import { reviewDates, REVIEWS_HEADER_ROW } from '../../../core/sheets/reviews/sheet';
import { translator } from '../../../core/i18n';
import { validatePlan } from '../../../core/plan/validate';
import { TODAY, planOf, specOf } from '../../helpers';
import { cellAt, sheetOf } from './spec-reader';

describe('the review rhythm', () => {
  const plan = planOf({
    framework: 'race',
    business: { country: 'VN' },
    period: { start: '2027-01-04', weeks: 9 },
  });

  it('reviews on the last working day of every month, and checks paid media every week', () => {
    const monthly = reviewDates(plan, false).map((r) => [isoDate(r.date), r.kind]);
    // January ends on a Sunday: Friday 29; February on Sunday 28: Friday 26; the plan ends
    // on Sunday 7 March: Friday 5.
    expect(monthly).toEqual([
      ['2027-01-29', 'monthly'],
      ['2027-02-26', 'monthly'],
      ['2027-03-05', 'monthly'],
    ]);
    const weekly = reviewDates(plan, true).filter((r) => r.kind === 'weekly');
    // The Monday of every week after the first, and Wednesday 10 February after Tết.
    expect(weekly.map((r) => isoDate(r.date))).toEqual([
      '2027-01-11',
      '2027-01-18',
      '2027-01-25',
      '2027-02-01',
      '2027-02-10',
      '2027-02-15',
      '2027-02-22',
      '2027-03-01',
    ]);
  });

  it('logs each review with the four review questions, linked from Control', () => {
    const spec = specOf(SAMPLE_PLAN);
    const reviews = sheetOf(spec, 'reviews');
    const headers = [4, 5, 6, 7].map((c) => cellAt(reviews, REVIEWS_HEADER_ROW, c)?.value);
    expect(headers).toEqual([
      'Where can the plan improve?',
      'Which KPIs matter most at this stage?',
      'Where does most of the business come from?',
      'Which tools keep the data in order?',
    ]);
    // The sample buys clicks (PPC): a week's check follows the first week.
    expect(cellAt(reviews, REVIEWS_HEADER_ROW + 1, 2)?.value).toBe('Weekly paid media check');
    const link = cellAt(sheetOf(spec, 'control'), 1, 3) as { linkToSheet?: string };
    expect(link.linkToSheet).toBe('reviews');
    const noPaid = specOf({
      framework: 'sostac',
      channels: [{ name: 'SEO', budget: 100 }],
      tasks: [],
    });
    const kinds = sheetOf(noPaid, 'reviews')
      .blocks.flatMap((b) => b.cells.map((r) => r[1]?.value))
      .filter((v) => typeof v === 'string' && v.startsWith('Weekly'));
    expect(kinds).toEqual([]);
  });
});

describe('weekly paid-media checks', () => {
  const weeklyChecks = (channels: unknown[], language = 'fa') => {
    const spec = specOf({ framework: 'sostac', language, channels, tasks: [] });
    const reviews = sheetOf(spec, 'reviews');
    return { kinds: reviews.blocks.flatMap((b) => b.cells.map((row) => row[1]?.value)) };
  };
  const weeklyWord = (language: string) => translator(language)('reviews.weekly');

  it('follow a channel’s kind, whatever its name and language', () => {
    // A Persian name planbook does not know, said to be paid: checked every week.
    const paid = weeklyChecks([{ name: 'تبلیغات گوگل', kind: 'paid', budget: 1000 }]);
    expect(paid.kinds.filter((k) => k === weeklyWord('fa')).length).toBeGreaterThan(20);
    // The same name without a kind is owned (with a warning): no weekly check.
    const owned = weeklyChecks([{ name: 'تبلیغات گوگل', budget: 1000 }]);
    expect(owned.kinds).not.toContain(weeklyWord('fa'));
    // A catalogue channel in its Persian name is known: social advertising is bought.
    const social = weeklyChecks([{ name: 'شبکه‌های اجتماعی', budget: 1000 }]);
    expect(social.kinds).toContain(weeklyWord('fa'));
    // An English "PPC" with kind owned (a house account, say) is not checked weekly.
    const house = weeklyChecks([{ name: 'PPC', kind: 'owned', budget: 1000 }], 'en');
    expect(house.kinds).not.toContain(weeklyWord('en'));
  });

  it('come with a warning for a channel of no known kind, and an error for a wrong one', () => {
    const warned = validatePlan(
      { framework: 'sostac', channels: [{ name: 'Radio' }], tasks: [] },
      { today: TODAY },
    );
    expect(warned.ok && warned.warnings.map((w) => w.path)).toEqual(['channels[0].kind']);
    expect(warned.ok && warned.plan.channels[0].kind).toBe('owned');
    const wrong = validatePlan(
      { framework: 'sostac', channels: [{ name: 'Radio', kind: 'bought' }] },
      { today: TODAY },
    );
    expect(!wrong.ok && wrong.errors.map((e) => e.path)).toEqual(['channels[0].kind']);
    const seeded = validatePlan({ framework: 'race', language: 'vi' }, { today: TODAY });
    expect(seeded.ok && seeded.plan.channels.map((c) => c.kind)).toEqual([
      'earned',
      'paid',
      'paid',
      'owned',
      'owned',
    ]);
  });
});
