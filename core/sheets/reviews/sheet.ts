/**
 * Reviews: the plan's review rhythm as a log. A review on the last working day of every month
 * and, when the plan has a paid channel, a check of paid media on the first working day of
 * every week after the first; each a row with its date, owner, an answer to each of the four
 * review questions (the Persian seed's), findings and decisions, with spare rows for reviews
 * the marketer adds. The Control sheet links here.
 */
import { WorkCalendar } from '../../plan/calendar';
import { monthsBetween, nextMonthStart } from '../../dates/months';
import type { Plan } from '../../plan/types';
import { rangeRef } from '../../workbook/a1';
import { SheetBuilder } from '../../workbook/builder';
import { header, input, label, type SheetContext, type SheetEntry } from '../context';

/** Empty rows under the scheduled reviews, for the marketer's own. */
export const SPARE_REVIEW_ROWS = 10;
export const REVIEWS_HEADER_ROW = 4;

export type ReviewKind = 'monthly' | 'weekly';

/** Whether the plan buys media (a channel of kind paid, whatever its name): checked weekly. */
function hasPaidChannel(ctx: SheetContext): boolean {
  return ctx.plan.channels.some((c) => c.kind === 'paid');
}

/** The reviews the plan's rhythm schedules, by date (a month's review before a week's check). */
export function reviewDates(plan: Plan, weekly: boolean): { date: number; kind: ReviewKind }[] {
  const cal = WorkCalendar.of(plan);
  const reviews: { date: number; kind: ReviewKind }[] = monthsBetween(plan.start, plan.end).map(
    (m) => ({
      date: cal.previousWorkingDay(Math.min(nextMonthStart(m) - 1, plan.end)),
      kind: 'monthly',
    }),
  );
  if (weekly) {
    for (let week = 1; week < plan.weeks; week++) {
      reviews.push({ date: cal.nextWorkingDay(plan.start + week * 7), kind: 'weekly' });
    }
  }
  const order = (k: ReviewKind) => (k === 'monthly' ? 0 : 1);
  return reviews
    .filter((r) => r.date >= plan.start && r.date <= plan.end)
    .sort((a, b) => a.date - b.date || order(a.kind) - order(b.kind));
}

export function reviewsSheet(ctx: SheetContext, entry: SheetEntry): SheetBuilder {
  const { t, plan } = ctx;
  const sheet = new SheetBuilder(entry.id, entry.title, ctx.rightToLeft);
  sheet.cell(1, 1, label(t('sheet.reviews'), 'title'));
  sheet.cell(2, 1, label(t('reviews.intro'), 'subtitle'));
  const questions = [1, 2, 3, 4].map((i) => t(`sostac.control.check.${i}`));
  sheet.row(REVIEWS_HEADER_ROW, 1, [
    header(t('reviews.date')),
    header(t('reviews.review')),
    header(t('reviews.owner')),
    ...questions.map(header),
    header(t('reviews.findings')),
    header(t('reviews.decisions')),
  ]);
  const reviews = reviewDates(plan, hasPaidChannel(ctx));
  const rows = [
    ...reviews.map((r) => [input(r.date, 'date'), input(t(`reviews.${r.kind}`))]),
    ...Array.from({ length: SPARE_REVIEW_ROWS }, () => [input(null, 'date'), input(null)]),
  ].map((first) => [...first, ...Array.from({ length: 7 }, () => input(null))]);
  sheet.block(REVIEWS_HEADER_ROW + 1, 1, rows);
  const last = REVIEWS_HEADER_ROW + rows.length;
  sheet.validate({ kind: 'date', range: rangeRef(REVIEWS_HEADER_ROW + 1, 1, last, 1) });
  sheet.widths(1, [12, 22, 14, 30, 30, 30, 30, 36, 36]);
  sheet.height(REVIEWS_HEADER_ROW, 45);
  return sheet.freeze(REVIEWS_HEADER_ROW, 0);
}
