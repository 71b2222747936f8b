/** English: the reference language, and the sample plan's own. */
import type { LanguagePack } from '../types';
import { englishMessages } from './messages';

export const en: LanguagePack = {
  code: 'en',
  name: 'English',
  rightToLeft: false,
  currency: 'USD',
  country: '',
  messages: englishMessages,
  sample: null,
};
