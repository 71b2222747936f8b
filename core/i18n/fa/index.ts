/** Persian: its messages, typed part by part against English, and the sample plan's words. */
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

export const fa: LanguagePack = {
  code: 'fa',
  name: 'فارسی',
  rightToLeft: true,
  currency: 'IRR',
  country: 'IR',
  dateDisplay: 'solar-hijri',
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
