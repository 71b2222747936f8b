/**
 * A plan's objectives validated: each with its 5S, a KPI of the catalogue, baseline, target,
 * what a volume's target counts, a deadline within the plan, an owner and seasonality weights
 * by month of its period; every problem at its field's path.
 */
import { isoDate, parseIsoDate } from '../dates/serial';
import { monthKey } from '../dates/months';
import { FIVE_S, findKpi, isVolume } from '../kpi/catalogue';
import type { FieldReader } from './fields';
import { MAX_OBJECTIVES, TEXT_MAX } from './limits';
import { TARGET_MEANINGS, type Objective } from './types';

export function readObjectives(
  r: FieldReader,
  value: unknown,
  start: number,
  end: number,
): Objective[] | undefined {
  const list = r.array('objectives', value, MAX_OBJECTIVES, 'what.objectives');
  if (!list) return undefined;
  return list.flatMap((item, i) => {
    const path = `objectives[${i}]`;
    const raw = r.item(path, item);
    if (!raw) return [];
    r.knownKeys(path, raw, [
      'category',
      'kpi',
      'baseline',
      'target',
      'deadline',
      'owner',
      'phasing',
      'targetIs',
    ]);
    if (raw.category === undefined) r.error(`${path}.category`, r.t('error.requiredFiveS'));
    const category = r.oneOf(`${path}.category`, raw.category, FIVE_S);
    const kpiId = r.text(`${path}.kpi`, raw.kpi, { max: TEXT_MAX.kpiId, required: true });
    if (kpiId !== undefined && !findKpi(kpiId)) {
      r.error(`${path}.kpi`, r.t('error.unknownKpi', { kpi: kpiId }));
    }
    const baseline = r.amount(`${path}.baseline`, raw.baseline, { what: 'what.baseline' });
    const target = r.amount(`${path}.target`, raw.target, { what: 'what.target' });
    const deadline = r.date(`${path}.deadline`, raw.deadline) ?? end;
    if (deadline < start) {
      r.error(`${path}.deadline`, r.t('error.deadlineBeforeStart', { start: isoDate(start) }));
    } else if (deadline > end) {
      // The Data sheet has rows for the plan's months only: results after it could not be entered.
      r.error(`${path}.deadline`, r.t('error.deadlineAfterEnd', { end: isoDate(end) }));
    }
    const owner = r.text(`${path}.owner`, raw.owner, { max: TEXT_MAX.owner }) ?? '';
    const phasing = readPhasing(r, `${path}.phasing`, raw.phasing, { start, end: deadline });
    const targetIs = r.oneOf(`${path}.targetIs`, raw.targetIs, TARGET_MEANINGS) ?? 'increase';
    const def = kpiId === undefined ? undefined : findKpi(kpiId);
    if (targetIs === 'total' && def && !isVolume(def)) {
      r.error(`${path}.targetIs`, r.t('error.totalOfRate', { kpi: kpiId ?? '' }));
    }
    if (!category || !kpiId) return [];
    const objective = { category, kpi: kpiId, deadline, owner, phasing, targetIs };
    return [{ ...objective, baseline: baseline ?? null, target: target ?? null }];
  });
}

/** Seasonality weights by month of the objective's period: 0 or more, months named once. */
function readPhasing(
  r: FieldReader,
  path: string,
  value: unknown,
  period: { start: number; end: number },
): Record<string, number> {
  const raw = r.object(path, value);
  if (!raw) return {};
  const phasing: Record<string, number> = {};
  for (const [month, weight] of Object.entries(raw)) {
    const first = /^\d{4}-\d{2}$/.test(month) ? parseIsoDate(`${month}-01`) : null;
    if (first === null) {
      r.error(`${path}.${month}`, r.t('error.notMonth', { value: JSON.stringify(month) }));
    } else if (first > period.end || month < monthKey(period.start)) {
      const span = { from: monthKey(period.start), to: monthKey(period.end) };
      r.error(`${path}.${month}`, r.t('error.outsidePeriod', span));
    } else {
      const w = r.number(`${path}.${month}`, weight, { min: 0, max: 1000, what: 'what.weight' });
      if (w !== undefined) phasing[month] = w;
    }
  }
  return phasing;
}
