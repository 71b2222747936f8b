/** The English messages, part by part: the reference every other language is typed against. */
import * as parts from './parts';

/** Each part's English messages, by the part's name. */
export type EnglishParts = typeof parts;

/** Every English message, by key. */
export const englishMessages = Object.assign({}, ...Object.values(parts)) as UnionOf<EnglishParts>;

/** One object type with the keys of every part. */
type UnionOf<T> = (
  T[keyof T] extends infer P ? (P extends unknown ? (x: P) => void : never) : never
) extends (x: infer I) => void
  ? { [K in keyof I]: I[K] }
  : never;
