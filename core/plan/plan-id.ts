/**
 * A plan's id: kept from the plan when it has one (a plan read back from its workbook), else
 * made from what the plan says and the day it is first generated — the same input on the same
 * day gives the same id, so generating stays repeatable. Two FNV-1a hashes of the text, 16 hex
 * digits after "pb-".
 */
export const PLAN_ID = /^pb-[0-9a-f]{16}$/;

export function newPlanId(input: unknown, today: number): string {
  const text = `${JSON.stringify(input)}|${today}`;
  return `pb-${fnv(text, 0x811c9dc5)}${fnv(text, 0x01000193)}`;
}

function fnv(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
