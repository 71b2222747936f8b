/** SOSTAC (PR Smith): Situation, Objectives, Strategy, Tactics, Action, Control. */
import { DIGITAL_CHANNELS } from './channels';
import { ALWAYS_ON, CONTROL_WORK } from './common';
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
        {
          key: 'set_objectives',
          channel: null,
          days: 2,
          after: ['channel_audit', 'customer_research'],
          role: 'lead',
        },
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
        { key: 'tracking_setup', channel: null, days: 3, after: 'set_objectives', role: 'analyst' },
        { key: 'keyword_research', channel: 'SEO', days: 5, after: 'positioning', role: 'seo' },
        {
          key: 'landing_pages',
          channel: 'SEO',
          days: 10,
          after: 'keyword_research',
          buffer: 3,
          role: 'web',
        },
        { key: 'ppc_setup', channel: 'PPC', days: 5, after: 'keyword_research', role: 'ads' },
        {
          key: 'content_calendar',
          channel: 'Content',
          days: 5,
          after: 'positioning',
          role: 'content',
        },
        { key: 'email_nurture', channel: 'Email', days: 8, after: 'content_calendar', role: 'crm' },
      ],
    },
    {
      id: 'action',
      checklist: 3,
      kpis: [],
      tactics: [
        // The campaign goes live when tracking, pages, ads, content and emails are ready.
        {
          key: 'launch',
          channel: null,
          days: 0,
          after: [
            'tracking_setup',
            'landing_pages',
            'ppc_setup',
            'content_calendar',
            'email_nurture',
          ],
          role: 'lead',
        },
        ...ALWAYS_ON,
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
        'blended_roas',
        'aov',
      ],
      tactics: CONTROL_WORK,
    },
  ],
  scheduleStage: 'action',
  controlStage: 'control',
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
