/** Vietnamese: its messages, typed part by part against English, and the sample plan's words. */
import { messagesOf, type LanguagePack } from '../types';
import * as parts from './parts';
import { sample } from './sample';

export const vi: LanguagePack = {
  code: 'vi',
  name: 'Tiếng Việt',
  rightToLeft: false,
  currency: 'VND',
  country: 'VN',
  messages: messagesOf(parts),
  sample,
};
