/** Chinese (simplified): its messages, typed part by part against English, and the sample plan's words. */
import { messagesOf, type LanguagePack } from '../types';
import * as parts from './parts';
import { sample } from './sample';

export const zh: LanguagePack = {
  code: 'zh',
  name: '简体中文',
  rightToLeft: false,
  currency: 'CNY',
  country: 'CN',
  messages: messagesOf(parts),
  sample,
};
