/** The Chinese (simplified) message table, checked key for key against the English reference. */
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

export const zh: Record<string, string> = {
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
};
