/** The English messages, part by part: the reference every other language is typed against. */
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

/** Each part's English messages, by the part's name. */
export interface EnglishParts {
  cli: typeof cli;
  domain: typeof domain;
  errors: typeof errors;
  frameworks: typeof frameworks;
  kpis: typeof kpis;
  measures: typeof measures;
  planning: typeof planning;
  sheets: typeof sheets;
  sidebar: typeof sidebar;
  tracking: typeof tracking;
}

export const englishMessages = {
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
