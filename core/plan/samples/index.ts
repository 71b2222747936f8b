/**
 * The sample plan in each language: the same tea house's first half-year of digital marketing
 * (core/plan/sample.ts), with the names, tasks and money a marketer of that market would write
 * — Vietnamese in dong, Persian in rials, Chinese in yuan, English in dollars.
 */
import { translator, type Language } from '../../i18n';
import { MONEY_METRICS, findKpi, type RawMetric } from '../../kpi/catalogue';
import { SAMPLE_PLAN } from '../sample';
import type { ChannelResultInput, PlanInput } from '../types';
import { SAMPLE_FA } from './fa';
import { SAMPLE_VI } from './vi';
import { SAMPLE_ZH } from './zh';

/** What a language changes in the sample: its words, and what a dollar is worth there. */
export interface SampleWords {
  language: Language;
  business: string;
  currency: string;
  /** Where the business is: its working week and public holidays. */
  country: string;
  /** Money in the sample's currency per US dollar (round, as a marketer would plan). */
  perDollar: number;
  /** Typed starts (by task id) that the market's calendar moves: no review during Nowruz. */
  starts?: Record<string, string>;
  /** The English sample's owners and tasks (by id), in this language. */
  owners: Record<string, string>;
  tasks: Record<string, string>;
}

/** The English sample in another language's words and money. */
function localized(w: SampleWords): PlanInput {
  const money = (n: number | null | undefined) => (n == null ? n : n * w.perDollar);
  // The sample's channels are the offered ones, named as the sidebar names them.
  const t = translator(w.language);
  const channel = (name: string | null | undefined) => (name ? t(`channel.${name}`) : name);
  const isMoney = (kpi: string) => findKpi(kpi)?.unit === 'currency';
  return {
    ...SAMPLE_PLAN,
    language: w.language,
    business: { name: w.business, currency: w.currency, country: w.country },
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

const SAMPLES: Record<Language, PlanInput> = {
  en: SAMPLE_PLAN,
  vi: localized(SAMPLE_VI),
  fa: localized(SAMPLE_FA),
  zh: localized(SAMPLE_ZH),
};

/** The sample plan in a language (English for one planbook does not have). */
export function samplePlan(language: string): PlanInput {
  return SAMPLES[language as Language] ?? SAMPLE_PLAN;
}
