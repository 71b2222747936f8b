/** The parts of the messages, each typed against English's part of the same name. */
export { cli } from './cli';
export { domain } from './domain';
export { errors } from './errors';
export { frameworks } from './frameworks';
export { kpis } from './kpis';
export { measures } from './measures';
export { planning } from './planning';
export { sheets } from './sheets';
export { sidebar } from './sidebar';
export { tracking } from './tracking';
