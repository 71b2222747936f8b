/** The digital channels every framework starts a plan with; marketers add their own. */
export const DIGITAL_CHANNELS = ['SEO', 'PPC', 'Social', 'Email', 'Content'];
