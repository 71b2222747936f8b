/** AISAS (Dentsu): Attention, Interest, Search, Action, Share — the consumer's path online. */
import { DIGITAL_CHANNELS } from './channels';
import {
  CONTENT_ALWAYS_ON,
  CONTROL_WORK,
  EMAIL_ALWAYS_ON,
  PAID_ALWAYS_ON,
  SALE_KPIS,
  PLANNING_WORK,
  SOCIAL_ALWAYS_ON,
} from './common';
import { TRACKING_SHEETS, type FrameworkDefinition } from './types';

export const aisas: FrameworkDefinition = {
  id: 'aisas',
  sheets: ['overview', 'plan', 'stages', ...TRACKING_SHEETS],
  stages: [
    {
      // The planning before the consumer's path: the planning core, reviews and reactive time.
      id: 'plan',
      checklist: 5,
      kpis: [],
      tactics: [
        ...PLANNING_WORK,
        { key: 'tracking_setup', channel: null, days: 3, after: 'set_objectives', role: 'analyst' },
        ...CONTROL_WORK,
      ],
    },
    {
      id: 'attention',
      checklist: 3,
      ownSheet: true,
      kpis: ['impressions', 'reach', 'share_of_voice', 'cpm'],
      tactics: [
        { key: 'audience_research', channel: null, days: 5, role: 'analyst' },
        // The campaign goes live when tracking, content, pages, checkout and emails are ready.
        {
          key: 'launch',
          channel: null,
          days: 0,
          after: [
            'tracking_setup',
            'content_hub',
            'landing_pages',
            'checkout_review',
            'email_nurture',
          ],
          role: 'lead',
        },
        {
          key: 'display_campaign',
          channel: 'PPC',
          days: 1,
          after: 'launch',
          alwaysOn: true,
          role: 'ads',
        },
        SOCIAL_ALWAYS_ON,
      ],
    },
    {
      id: 'interest',
      checklist: 3,
      ownSheet: true,
      kpis: ['ctr', 'engagement_rate', 'bounce_rate', 'open_rate'],
      tactics: [
        {
          key: 'content_hub',
          channel: 'Content',
          days: 12,
          after: 'audience_research',
          buffer: 3,
          role: 'content',
        },
        CONTENT_ALWAYS_ON,
        { key: 'video_series', channel: 'Social', days: 10, after: 'launch', role: 'social' },
        { key: 'retargeting', channel: 'PPC', days: 10, after: 'launch', lag: 10, role: 'ads' },
      ],
    },
    {
      id: 'search',
      checklist: 3,
      ownSheet: true,
      kpis: ['branded_searches', 'organic_sessions', 'sessions', 'cpc'],
      tactics: [
        {
          key: 'keyword_research',
          channel: 'SEO',
          days: 5,
          after: 'audience_research',
          role: 'seo',
        },
        {
          key: 'landing_pages',
          channel: 'SEO',
          days: 10,
          after: 'keyword_research',
          buffer: 3,
          role: 'web',
        },
        {
          key: 'review_listings',
          channel: 'Content',
          days: 5,
          after: 'keyword_research',
          role: 'content',
        },
        { ...PAID_ALWAYS_ON, key: 'search_ads' },
      ],
    },
    {
      id: 'action',
      checklist: 3,
      ownSheet: true,
      kpis: SALE_KPIS,
      tactics: [
        { key: 'checkout_review', channel: null, days: 3, after: 'landing_pages', role: 'web' },
        {
          key: 'email_nurture',
          channel: 'Email',
          days: 8,
          after: 'audience_research',
          role: 'crm',
        },
        { key: 'offer_campaign', channel: 'Email', days: 10, after: 'launch', lag: 5, role: 'crm' },
        EMAIL_ALWAYS_ON,
      ],
    },
    {
      id: 'share',
      checklist: 3,
      ownSheet: true,
      // Repeat purchase sits in Control's "after the sale" group (the catalogue's AISAS tag).
      kpis: ['shares', 'reviews', 'referrals', 'nps', 'repeat_rate'],
      tactics: [
        { key: 'review_requests', channel: 'Email', days: 5, after: 'offer_campaign', role: 'crm' },
        {
          key: 'ugc_campaign',
          channel: 'Social',
          days: 10,
          after: 'video_series',
          buffer: 5,
          role: 'social',
        },
        {
          key: 'referral_programme',
          channel: null,
          days: 10,
          after: 'offer_campaign',
          role: 'lead',
        },
      ],
    },
  ],
  controlStage: 'plan',
  kpiStage: 'aisas',
  defaultChannels: DIGITAL_CHANNELS,
  defaultObjectives: [
    { category: 'sell', kpi: 'revenue' },
    { category: 'serve', kpi: 'nps' },
    { category: 'speak', kpi: 'shares' },
    { category: 'save', kpi: 'cpa' },
    { category: 'sizzle', kpi: 'branded_searches' },
  ],
  defaultWeeks: 13,
};
