/** The digital channels every framework starts a plan with; marketers add their own. */
export const DIGITAL_CHANNELS = ['SEO', 'PPC', 'Social', 'Email', 'Content'];

/** The channels the sidebar offers to tick: the digital ones, then others marketers often add. */
export const OFFERED_CHANNELS = [...DIGITAL_CHANNELS, 'Affiliates', 'PR'];

/**
 * The kind of each channel of the catalogue: PPC, social advertising and affiliates are bought;
 * email and content the business's own; search rankings and press earned.
 */
export const CATALOGUE_KINDS: Record<string, 'paid' | 'owned' | 'earned'> = {
  SEO: 'earned',
  PPC: 'paid',
  Social: 'paid',
  Email: 'owned',
  Content: 'owned',
  Affiliates: 'paid',
  PR: 'earned',
};
