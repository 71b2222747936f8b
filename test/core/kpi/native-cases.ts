/** The contract's cases as native formulas over literal arguments. */
import { kpiFunction } from '../../../core/kpi/registry';
import { CONTRACT_CASES, literal } from './contract-cases';

export type NativeCase = [string, () => string, number | string];

export const NATIVE_CASES: NativeCase[] = CONTRACT_CASES.map((k) => [
  k.call,
  () => kpiFunction(k.fn).native(...k.args.map(literal)),
  k.expected as number | string,
]);
