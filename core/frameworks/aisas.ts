/** AISAS (Dentsu): Attention, Interest, Search, Action, Share — the consumer's path online. */
import { DIGITAL_CHANNELS } from './channels';
import { TRACKING_SHEETS, type FrameworkDefinition } from './types';

export const aisas: FrameworkDefinition = {
  id: 'aisas',
  sheets: ['overview', 'stages', ...TRACKING_SHEETS],
  stages: [
    {
      id: 'attention',
      checklist: 3,
      ownSheet: true,
      kpis: ['impressions', 'reach', 'share_of_voice', 'cpm'],
      tactics: [
        { key: 'audience_research', channel: null, days: 5, role: 'analyst' },
        {
          key: 'display_campaign',
          channel: 'PPC',
          days: 10,
          after: 'audience_research',
          role: 'ads',
        },
        {
          key: 'social_ads',
          channel: 'Social',
          days: 10,
          after: 'audience_research',
          buffer: 3,
          role: 'social',
        },
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
          days: 15,
          after: 'audience_research',
          buffer: 3,
          role: 'content',
        },
        { key: 'video_series', channel: 'Social', days: 10, after: 'social_ads', role: 'social' },
        { key: 'retargeting', channel: 'PPC', days: 10, after: 'display_campaign', role: 'ads' },
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
      ],
    },
    {
      id: 'action',
      checklist: 3,
      ownSheet: true,
      kpis: ['conversions', 'revenue', 'marketing_cost', 'cvr', 'cpa', 'roas', 'aov'],
      tactics: [
        { key: 'checkout_review', channel: null, days: 5, after: 'landing_pages', role: 'web' },
        {
          key: 'offer_campaign',
          channel: 'Email',
          days: 10,
          after: 'checkout_review',
          role: 'crm',
        },
        {
          key: 'tracking_setup',
          channel: null,
          days: 3,
          after: 'audience_research',
          role: 'analyst',
        },
      ],
    },
    {
      id: 'share',
      checklist: 3,
      ownSheet: true,
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
        {
          key: 'kpi_review',
          channel: null,
          days: 1,
          after: 'offer_campaign',
          lag: 10,
          role: 'analyst',
        },
      ],
    },
  ],
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
