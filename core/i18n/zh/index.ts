/** Chinese (simplified): its messages, typed part by part against English, and the sample plan's words. */
import type { LanguagePack } from '../types';
import { cli } from './cli';
import { domain } from './domain';
import { errors } from './errors';
import { frameworks } from './frameworks';
import { kpis } from './kpis';
import { measures } from './measures';
import { planning } from './planning';
import { sheets } from './sheets';
import { sidebar } from './sidebar';
import { tracking } from './tracking';
import { sample } from './sample';

export const zh: LanguagePack = {
  code: 'zh',
  name: '简体中文',
  rightToLeft: false,
  currency: 'CNY',
  country: 'CN',
  messages: {
    ...cli,
    ...domain,
    ...errors,
    ...frameworks,
    ...kpis,
    ...measures,
    ...planning,
    ...sheets,
    ...sidebar,
    ...tracking,
  },
  sample,
};
