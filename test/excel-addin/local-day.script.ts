/**
 * Run by functions.test.ts in a Node process of its own, in the time zone it was started with:
 * KPI.TARGET_TO_DATE of 3,100 over January 2027 with as_of left out, the clock stopped at the
 * moment given (ms since 1970), printed as JSON.
 */
import { installCustomFunctions } from '../fakes/custom-functions';

const now = Number(process.argv[2]);
const RealDate = Date;
globalThis.Date = class extends RealDate {
  constructor(...args: ConstructorParameters<typeof Date>) {
    super(...((args.length > 0 ? args : [now]) as [number]));
  }
  static now() {
    return now;
  }
} as DateConstructor;

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { targetToDate } = require('../../excel-addin/src/functions');
const jan1 = 25569 + RealDate.UTC(2027, 0, 1) / 86400000;
process.stdout.write(JSON.stringify(targetToDate([[3100]], [[jan1]], [[jan1 + 30]])));
