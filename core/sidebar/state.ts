/**
 * The sidebar's form as data: its state, the PlanInput it stands for, and where each of
 * validatePlan's errors belongs on the form. No DOM here.
 */
import { FRAMEWORKS, framework } from '../frameworks';
import type { FiveS } from '../kpi/catalogue';
import { isoDate, nextWorkingDay } from '../plan/dates';
import type { PlanError, PlanInput, Timeline } from '../plan/types';

export interface ChannelChoice {
  name: string;
  checked: boolean;
  budget: string;
}

export interface ObjectiveChoice {
  category: FiveS;
  kpi: string;
  baseline: string;
  target: string;
}

export interface FormState {
  framework: string;
  business: string;
  currency: string;
  language: string;
  start: string;
  weeks: string;
  timeline: Timeline;
  reportDate: string;
  channels: ChannelChoice[];
  objectives: ObjectiveChoice[];
}

/** The channels every form offers; those of the framework come checked. */
const CHANNELS = ['SEO', 'PPC', 'Social', 'Email', 'Content', 'Affiliates', 'PR'];

export function defaultState(today: number): FormState {
  const fw = FRAMEWORKS[0];
  const start = nextWorkingDay(today);
  return {
    framework: fw.id,
    business: '',
    currency: 'USD',
    language: 'en',
    start: isoDate(start),
    weeks: String(fw.defaultWeeks),
    timeline: 'week',
    reportDate: isoDate(start),
    channels: CHANNELS.map((name) => ({
      name,
      checked: fw.defaultChannels.includes(name),
      budget: '',
    })),
    objectives: [],
  };
}

/** A number field as the plan wants it: blank is left out, anything else is passed on as typed. */
function numberOf(text: string): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  return Number.isNaN(Number(t)) ? t : Number(t);
}

/** The PlanInput the form stands for (validatePlan decides whether it is a good one). */
export function toPlanInput(state: FormState): PlanInput {
  const channels = state.channels.filter((c) => c.checked);
  return {
    framework: state.framework,
    language: state.language,
    business: { name: state.business, currency: state.currency },
    period: { start: state.start, weeks: numberOf(state.weeks) as number },
    timeline: state.timeline,
    reportDate: state.reportDate,
    channels: channels.map((c) => ({ name: c.name, budget: numberOf(c.budget) as number })),
    ...(state.objectives.length > 0
      ? {
          objectives: state.objectives.map((o) => ({
            category: o.category,
            kpi: o.kpi,
            baseline: numberOf(o.baseline) as number,
            target: numberOf(o.target) as number,
          })),
        }
      : {}),
  };
}

/**
 * The form field an error belongs to: its id in the form (see view.ts), or "form" for errors
 * that no single field owns.
 */
export function fieldOfError(error: PlanError, state: FormState): string {
  const p = error.path;
  const direct: Record<string, string> = {
    framework: 'framework',
    language: 'language',
    'business.name': 'business',
    'business.currency': 'currency',
    'period.start': 'start',
    'period.weeks': 'weeks',
    timeline: 'timeline',
    reportDate: 'reportDate',
  };
  if (direct[p]) return direct[p];
  const channel = /^channels\[(\d+)\]/.exec(p);
  if (channel) {
    const name = state.channels.filter((c) => c.checked)[Number(channel[1])]?.name;
    return name ? `channel-budget-${name}` : 'channels';
  }
  const objective = /^objectives\[(\d+)\]\.(\w+)/.exec(p);
  if (objective) return `objective-${objective[2]}-${objective[1]}`;
  return 'form';
}

/** The sheet titles the chosen framework's workbook will have (for the playground's preview). */
export function sheetKinds(frameworkId: string): string[] {
  return framework(frameworkId).sheets;
}
