/**
 * Planned spend due by a day: the planned spend of the months before the day's month, and of
 * its month in proportion to the plan's days in it that have passed by the day. `planned` and
 * `months` are ranges of the same size (amounts, and each amount's month as its first day).
 */
export function spendDueBy(planned: string, months: string, day: string): string {
  const month = `(EOMONTH(${day},-1)+1)`;
  const from = `MAX(${month},PlanStart)`;
  const part = `MAX(0,MIN(1,(${day}-${from}+1)/(MIN(EOMONTH(${month},0),PlanEnd)-${from}+1)))`;
  const before = `SUMIFS(${planned},${months},"<"&${month})`;
  const within = `SUMIFS(${planned},${months},${month})`;
  return `${before}+${within}*${part}`;
}
