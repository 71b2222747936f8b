/** RACE (Smart Insights): Plan, then Reach, Act, Convert, Engage. */
import { DIGITAL_CHANNELS } from './channels';
import {
  CONTENT_ALWAYS_ON,
  CONTROL_WORK,
  PLANNING_WORK,
  EMAIL_ALWAYS_ON,
  PAID_ALWAYS_ON,
  SALE_KPIS,
  SOCIAL_ALWAYS_ON,
} from './common';
import { TRACKING_SHEETS, type FrameworkDefinition } from './types';

export const race: FrameworkDefinition = {
  id: 'race',
  sheets: ['overview', 'plan', 'stages', ...TRACKING_SHEETS],
  stages: [
    {
      id: 'plan',
      checklist: 5,
      kpis: [],
      // Reviews and reactive time are planning work in RACE (SOSTAC files them under Control).
      tactics: [...PLANNING_WORK, ...CONTROL_WORK],
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
        // The campaign goes live when tracking, pages, ads, the offer and the emails are ready.
        {
          key: 'launch',
          channel: null,
          days: 0,
          after: [
            'tracking_setup',
            'ppc_setup',
            'landing_pages',
            'email_capture',
            'onboarding_emails',
          ],
          role: 'lead',
        },
        PAID_ALWAYS_ON,
        SOCIAL_ALWAYS_ON,
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
        CONTENT_ALWAYS_ON,
      ],
    },
    {
      id: 'convert',
      checklist: 3,
      ownSheet: true,
      kpis: SALE_KPIS,
      tactics: [
        // Conversion work needs visitors: it starts once the campaign has run a few weeks.
        {
          key: 'conversion_paths',
          channel: null,
          days: 5,
          after: 'launch',
          lag: 15,
          role: 'web',
        },
        {
          key: 'personalisation',
          channel: 'Email',
          days: 10,
          after: 'conversion_paths',
          buffer: 3,
          role: 'crm',
        },
        { key: 'retargeting', channel: 'PPC', days: 10, after: 'launch', lag: 10, role: 'ads' },
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
          after: 'email_capture',
          role: 'crm',
        },
        EMAIL_ALWAYS_ON,
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
          after: 'launch',
          role: 'social',
        },
      ],
    },
  ],
  controlStage: 'plan',
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
