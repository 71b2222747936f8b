/** Persian: its messages, typed part by part against English, and the sample plan's words. */
import { messagesOf, type LanguagePack } from '../types';
import * as parts from './parts';
import { sample } from './sample';

export const fa: LanguagePack = {
  code: 'fa',
  name: 'فارسی',
  rightToLeft: true,
  currency: 'IRR',
  country: 'IR',
  dateDisplay: 'solar-hijri',
  messages: messagesOf(parts),
  sample,
};
