/**
 * The countries a plan may name (business.country, ISO 3166-1 alpha-2): those the holiday
 * library knows, and the working week each keeps when it is not Monday to Friday.
 */
import { weekendOf, type Weekday } from './calendar';

/** The countries of date-holidays 3.37 (a test holds the two together). */
export const COUNTRIES: readonly string[] = (
  'AD AE AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
  'BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
  'EG EH ER ES ET FI FJ FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GT GU GW GY HK HN HR ' +
  'HT HU IC ID IE IL IM IN IR IS IT JE JM JP KE KM KN KR KY KZ LC LI LK LR LS LT LU LV LY MA ' +
  'MC MD ME MF MG MK ML MQ MR MS MT MU MW MX MY MZ NA NC NE NF NG NI NL NO NZ PA PE PF PH PK ' +
  'PL PM PR PT PY RE RO RS RU RW SA SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SZ TC ' +
  'TD TG TH TN TO TR TT TW TZ UA UG US UY UZ VA VC VE VG VI VN VU WF XK YT ZA ZM ZW'
).split(' ');

const SUN_THU: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu'];

/**
 * Working weeks other than Monday–Friday. Iran works Saturday to Thursday (Friday is the
 * weekend; many offices also close Thursday, which the marketer can untick); most of the Arab
 * world works Sunday to Thursday.
 */
const WORKED: Record<string, Weekday[]> = {
  IR: ['sat', 'sun', 'mon', 'tue', 'wed', 'thu'],
  AF: ['sat', 'sun', 'mon', 'tue', 'wed'],
  SA: SUN_THU,
  BH: SUN_THU,
  DZ: SUN_THU,
  EG: SUN_THU,
  IL: SUN_THU,
  KW: SUN_THU,
  LY: SUN_THU,
  OM: SUN_THU,
  QA: SUN_THU,
  SD: SUN_THU,
  YE: SUN_THU,
  JO: SUN_THU,
  IQ: SUN_THU,
};

/** The weekend string of a country's working week (Monday–Friday when none is recorded). */
export function countryWeekend(country: string): string {
  return WORKED[country] ? weekendOf(WORKED[country]) : '0000011';
}

/** A country's name in a language ("Iran" → "ایران" in Persian), or its code where the host's
 * Intl has no names (Apps Script's may not). */
export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
