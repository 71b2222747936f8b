/** The size limits of a plan. */
export const MAX_WEEKS = 156;
export const MAX_TASKS = 2000;
