/** SOSTAC (PR Smith): Situation, Objectives, Strategy, Tactics, Action, Control. */
import { DIGITAL_CHANNELS } from './channels';
import { TRACKING_SHEETS, type FrameworkDefinition } from './types';

export const sostac: FrameworkDefinition = {
  id: 'sostac',
  sheets: ['overview', 'situation', 'objectives', 'strategy', 'tactics', ...TRACKING_SHEETS],
  stages: [
    {
      id: 'situation',
      checklist: 5,
      kpis: [],
      tactics: [
        { key: 'channel_audit', channel: null, days: 5, role: 'lead' },
        { key: 'customer_research', channel: null, days: 5, role: 'analyst' },
      ],
    },
    {
      id: 'objectives',
      checklist: 3,
      kpis: [],
      tactics: [
        { key: 'set_objectives', channel: null, days: 2, after: 'channel_audit', role: 'lead' },
      ],
    },
    {
      id: 'strategy',
      checklist: 3,
      kpis: [],
      tactics: [
        {
          key: 'positioning',
          channel: null,
          days: 4,
          after: 'set_objectives',
          buffer: 2,
          role: 'lead',
        },
      ],
    },
    {
      id: 'tactics',
      checklist: 3,
      kpis: [],
      tactics: [
        { key: 'keyword_research', channel: 'SEO', days: 5, after: 'positioning', role: 'seo' },
        {
          key: 'landing_pages',
          channel: 'SEO',
          days: 10,
          after: 'keyword_research',
          buffer: 3,
          role: 'web',
        },
        { key: 'ppc_setup', channel: 'PPC', days: 5, after: 'positioning', role: 'ads' },
        {
          key: 'content_calendar',
          channel: 'Content',
          days: 5,
          after: 'positioning',
          role: 'content',
        },
      ],
    },
    {
      id: 'action',
      checklist: 3,
      kpis: [],
      tactics: [
        {
          key: 'social_campaign',
          channel: 'Social',
          days: 20,
          after: 'content_calendar',
          buffer: 5,
          role: 'social',
        },
        {
          key: 'email_nurture',
          channel: 'Email',
          days: 10,
          after: 'content_calendar',
          lag: 2,
          role: 'crm',
        },
        { key: 'launch', channel: 'PPC', days: 0, after: 'ppc_setup', role: 'lead' },
      ],
    },
    {
      id: 'control',
      checklist: 4,
      kpis: [
        'sessions',
        'conversions',
        'revenue',
        'marketing_cost',
        'ctr',
        'cvr',
        'cpa',
        'roas',
        'aov',
      ],
      tactics: [
        { key: 'kpi_review', channel: null, days: 1, after: 'launch', lag: 20, role: 'analyst' },
      ],
    },
  ],
  scheduleStage: 'action',
  measureStage: 'control',
  kpiStage: 'race',
  defaultChannels: DIGITAL_CHANNELS,
  defaultObjectives: [
    { category: 'sell', kpi: 'revenue' },
    { category: 'serve', kpi: 'repeat_rate' },
    { category: 'speak', kpi: 'engagement_rate' },
    { category: 'save', kpi: 'cpa' },
    { category: 'sizzle', kpi: 'sessions' },
  ],
  defaultWeeks: 26,
};
