/** RACE (Smart Insights): Plan, then Reach, Act, Convert, Engage. */
import { DIGITAL_CHANNELS } from './channels';
import { TRACKING_SHEETS, type FrameworkDefinition } from './types';

export const race: FrameworkDefinition = {
  id: 'race',
  sheets: ['overview', 'plan', 'stages', ...TRACKING_SHEETS],
  stages: [
    {
      id: 'plan',
      checklist: 5,
      kpis: [],
      tactics: [
        { key: 'digital_audit', channel: null, days: 5, role: 'lead' },
        { key: 'set_objectives', channel: null, days: 2, after: 'digital_audit', role: 'lead' },
        // Reviewing the KPIs is planning work in RACE (SOSTAC files it under Control).
        {
          key: 'kpi_review',
          channel: null,
          days: 1,
          after: 'retargeting',
          lag: 15,
          role: 'analyst',
        },
      ],
    },
    {
      id: 'reach',
      checklist: 5,
      ownSheet: true,
      kpis: ['impressions', 'reach', 'share_of_voice', 'ctr', 'cpc', 'sessions'],
      tactics: [
        {
          key: 'brand_messages',
          channel: 'Content',
          days: 3,
          after: 'set_objectives',
          role: 'content',
        },
        { key: 'tracking_setup', channel: null, days: 3, after: 'set_objectives', role: 'analyst' },
        { key: 'keyword_research', channel: 'SEO', days: 5, after: 'brand_messages', role: 'seo' },
        {
          key: 'ppc_setup',
          channel: 'PPC',
          days: 5,
          after: 'keyword_research',
          buffer: 2,
          role: 'ads',
        },
        {
          key: 'social_campaign',
          channel: 'Social',
          days: 20,
          after: 'brand_messages',
          buffer: 5,
          role: 'social',
        },
      ],
    },
    {
      id: 'act',
      checklist: 3,
      ownSheet: true,
      kpis: ['engagement_rate', 'bounce_rate', 'leads', 'lead_rate', 'cpl', 'open_rate', 'ctor'],
      tactics: [
        {
          key: 'landing_pages',
          channel: 'SEO',
          days: 10,
          after: 'keyword_research',
          buffer: 3,
          role: 'web',
        },
        {
          key: 'lead_magnet',
          channel: 'Content',
          days: 5,
          after: 'brand_messages',
          role: 'content',
        },
        { key: 'email_capture', channel: 'Email', days: 3, after: 'lead_magnet', role: 'crm' },
      ],
    },
    {
      id: 'convert',
      checklist: 3,
      ownSheet: true,
      kpis: ['conversions', 'revenue', 'marketing_cost', 'cvr', 'cpa', 'roas', 'aov'],
      tactics: [
        { key: 'conversion_paths', channel: null, days: 5, after: 'landing_pages', role: 'web' },
        {
          key: 'personalisation',
          channel: 'Email',
          days: 10,
          after: 'email_capture',
          buffer: 3,
          role: 'crm',
        },
        { key: 'retargeting', channel: 'PPC', days: 10, after: 'ppc_setup', role: 'ads' },
      ],
    },
    {
      id: 'engage',
      checklist: 3,
      ownSheet: true,
      kpis: ['retention_rate', 'repeat_rate', 'clv', 'nps', 'referrals', 'reviews'],
      tactics: [
        {
          key: 'onboarding_emails',
          channel: 'Email',
          days: 5,
          after: 'personalisation',
          role: 'crm',
        },
        {
          key: 'referral_programme',
          channel: null,
          days: 10,
          after: 'conversion_paths',
          role: 'lead',
        },
        {
          key: 'service_channels',
          channel: 'Social',
          days: 10,
          after: 'social_campaign',
          role: 'social',
        },
      ],
    },
  ],
  kpiStage: 'race',
  defaultChannels: DIGITAL_CHANNELS,
  defaultObjectives: [
    { category: 'sell', kpi: 'revenue' },
    { category: 'serve', kpi: 'retention_rate' },
    { category: 'speak', kpi: 'engagement_rate' },
    { category: 'save', kpi: 'cpl' },
    { category: 'sizzle', kpi: 'reach' },
  ],
  defaultWeeks: 26,
};
