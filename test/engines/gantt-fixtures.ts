/** What the Gantt engine tests draw: the letter of each bar rule, and an Iranian plan. */

/** The letter a drawn grid shows for the first bar rule that holds in a cell. */
export const LETTER: Record<string, string> = {
  'gantt.milestone': 'M',
  'gantt.dayOff': 'w',
  'gantt.done': 'D',
  'gantt.critical': 'C',
  'gantt.task': 'T',
  'gantt.holiday': 'h',
  'gantt.buffer': 'B',
};

/** Tehran, Saturday to Thursday, across Nowruz: a brief, ads, a launch, a report, posts. */
export const IRAN_PLAN = {
  framework: 'sostac',
  business: { country: 'IR' },
  period: { start: '2027-03-13', weeks: 4 },
  reportDate: '2027-03-13',
  tasks: [
    { id: 'BR', name: 'Brief', stage: 'action', start: '2027-03-13', days: 5 },
    { id: 'AD', name: 'Ads', stage: 'action', dependsOn: 'BR', days: 3 },
    { id: 'LA', name: 'Launch', stage: 'action', dependsOn: 'ADSS+1', days: 0 },
    { id: 'RE', name: 'Report', stage: 'action', dependsOn: 'AD', days: 2 },
    { id: 'PO', name: 'Posts', stage: 'action', start: '2027-03-14', days: 2, progress: 0.5 },
  ],
};

/** The Iranian plan by day from Sat 13 March: Fridays off, 20 March a holiday, Nowruz closed. */
export const IRAN_DRAWN = [
  'CCCCC.wwwwwwwwwwwwwww.....', // the brief (Sat–Wed), then Thursday and the closure
  '.....CwwwwwwwwwwwwwwwCC...', // the ads: Thu 18 Mar, then 3–4 April after Nowruz
  '......wwwwwwwwwwwwwwwM....', // the launch, one working day after the ads start
  '......wwwwwwwwwwwwwww..CC.', // the report after the ads: the end of the project
  '.DT...wwwwwwwwwwwwwww.....', // posts, half done, with slack: not critical
];

/** Where each task's baseline end is marked: where it ends today, until the plan slips. */
export const IRAN_BASELINE = [4, 22, 21, 24, 2];
