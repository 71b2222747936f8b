/**
 * The sample plan in each language: the same tea house's first half-year of digital marketing
 * (core/plan/sample.ts), with the names, tasks and money a marketer of that market would write
 * — Vietnamese in dong, Persian in rials, Chinese in yuan, English in dollars.
 */
import { languagePack, translator, type LanguagePack, type SampleWords } from '../i18n';
import { MONEY_METRICS, findKpi, type RawMetric } from '../kpi/catalogue';
import { SAMPLE_PLAN } from './sample';
import type { ChannelResultInput, PlanInput } from './types';

/** The English sample in another language's words and money. */
function localized(pack: LanguagePack, w: SampleWords): PlanInput {
  const money = (n: number | null | undefined) => (n == null ? n : n * w.perDollar);
  // The sample's channels are the offered ones, named as the sidebar names them.
  const t = translator(pack.code);
  const channel = (name: string | null | undefined) => (name ? t(`channel.${name}`) : name);
  const isMoney = (kpi: string) => findKpi(kpi)?.unit === 'currency';
  return {
    ...SAMPLE_PLAN,
    language: pack.code,
    business: { name: w.business, currency: pack.currency, country: pack.country },
    channels: SAMPLE_PLAN.channels?.map((c) => ({
      ...c,
      name: channel(c.name) as string,
      budget: money(c.budget) as number,
      ...(c.targets?.cpa ? { targets: { ...c.targets, cpa: money(c.targets.cpa) as number } } : {}),
    })),
    objectives: SAMPLE_PLAN.objectives?.map((o) => ({
      ...o,
      owner: w.owners[o.owner ?? ''] ?? o.owner,
      ...(isMoney(o.kpi) ? { baseline: money(o.baseline), target: money(o.target) } : {}),
    })),
    tasks: SAMPLE_PLAN.tasks?.map((t) => ({
      ...t,
      name: w.tasks[t.id] ?? t.name,
      ...(w.starts?.[t.id] ? { start: w.starts[t.id] } : {}),
      owner: w.owners[t.owner ?? ''] ?? t.owner,
      channel: channel(t.channel),
      ...(t.budget !== undefined ? { budget: money(t.budget) as number } : {}),
    })),
    channelResults: SAMPLE_PLAN.channelResults?.map((row) => {
      const out: ChannelResultInput = { ...row, channel: channel(row.channel) };
      for (const m of MONEY_METRICS) {
        if (typeof row[m] === 'number') out[m as RawMetric] = money(row[m] as number);
      }
      return out;
    }),
  };
}

/** The sample plan in a language (English for one planbook does not have). */
export function samplePlan(language: string): PlanInput {
  const pack = languagePack(language);
  return pack.sample ? localized(pack, pack.sample) : SAMPLE_PLAN;
}
