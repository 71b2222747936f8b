/** The digital channels every framework starts a plan with; marketers add their own. */
export const DIGITAL_CHANNELS = ['SEO', 'PPC', 'Social', 'Email', 'Content'];

/** The channels the sidebar offers to tick: the digital ones, then others marketers often add. */
export const OFFERED_CHANNELS = [...DIGITAL_CHANNELS, 'Affiliates', 'PR'];
