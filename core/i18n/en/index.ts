/** The English message table: the reference every other language is checked against. */
import { domain } from './domain';
import { frameworks } from './frameworks';
import { kpis } from './kpis';
import { measures } from './measures';
import { sheets } from './sheets';
import { sidebar } from './sidebar';
import { tracking } from './tracking';

export const en: Record<string, string> = {
  ...domain,
  ...frameworks,
  ...kpis,
  ...measures,
  ...sheets,
  ...sidebar,
  ...tracking,
};
