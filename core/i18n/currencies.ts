/**
 * The currencies planbook knows by symbol and decimals, in the order the sidebar offers them
 * first (those of the four languages' markets, then other common ones); any other ISO 4217
 * code works too, shown by its code with two decimals.
 */
export interface CurrencyFormat {
  symbol: string;
  /** The symbol follows the amount (12.000 ₫) rather than leading it ($12.00). */
  suffix?: boolean;
  decimals: number;
}

export const CURRENCIES: Readonly<Record<string, CurrencyFormat>> = {
  USD: { symbol: '$', decimals: 2 },
  VND: { symbol: '₫', suffix: true, decimals: 0 },
  // Iran: prices are written in rials or, as people speak, in tomans (10 rials), after the
  // amount. IRT is the code in common use for the toman (ISO 4217 has only the rial).
  IRR: { symbol: 'ریال', suffix: true, decimals: 0 },
  IRT: { symbol: 'تومان', suffix: true, decimals: 0 },
  CNY: { symbol: '¥', decimals: 2 },
  EUR: { symbol: '€', decimals: 2 },
  GBP: { symbol: '£', decimals: 2 },
  JPY: { symbol: '¥', decimals: 0 },
  KRW: { symbol: '₩', decimals: 0 },
  INR: { symbol: '₹', decimals: 2 },
  AUD: { symbol: 'A$', decimals: 2 },
  CAD: { symbol: 'C$', decimals: 2 },
  SGD: { symbol: 'S$', decimals: 2 },
};

/** The codes the sidebar lists first. */
export const COMMON_CURRENCIES = Object.keys(CURRENCIES);

/** How a currency is shown: its own entry, or its code after the amount with two decimals. */
export function currencyOf(code: string): CurrencyFormat {
  return CURRENCIES[code] ?? { symbol: code, suffix: true, decimals: 2 };
}
