/** English: validation errors and warnings, and the names of the values they concern. */
export const errors = {
  'error.notPlan': 'expected a JSON object with at least a "framework" field',
  'error.unknownField': 'unknown field (expected one of: {keys})',
  'error.expectedObject': 'expected an object',
  'error.expectedList': 'expected a list',
  'error.tooMany': '{count} {what}; a plan holds at most {max}',
  'error.required': 'required',
  'error.requiredOneOf': 'required (one of: {options})',
  'error.requiredFiveS': 'required (one of the 5S)',
  'error.requiredMonth': 'required (YYYY-MM)',
  'error.expectedText': 'expected text, got {value}',
  'error.tooLong': 'too long ({length} characters; at most {max})',
  'error.carriageReturn':
    'contains a carriage return (U+000D) at character {at}; write a line break as \\n',
  'error.loneSurrogate':
    'contains half of a character (the lone surrogate {code}) at character {at}',
  'error.nonCharacter':
    'contains {code} at character {at}, which is not a character and would corrupt the workbook',
  'error.controlCharacter':
    'contains the control character {code} at character {at}, which a spreadsheet cannot store',
  'error.channelOperator':
    '"{name}" cannot start with = < > or contain * ? ~ (spreadsheets read them as operators)',
  'error.unknownValue': 'unknown value {value} (expected one of: {options})',
  'error.notNumber': 'not a number: {value}',
  'error.notFinite': 'not a number a spreadsheet can hold: {value}',
  'error.tooSmall': '{what} must be 0 or at least {min} in size, got {value}',
  'error.notWhole': '{what} must be a whole number, got {value}',
  'error.atLeast': '{what} must be at least {min}, got {value}',
  'error.atMost': '{what} must be at most {max}, got {value}',
  'error.below': '{what} must be below {below}, got {value}',
  'error.notDate': 'not a date (expected YYYY-MM-DD), got {value}',
  'error.dateOutOfRange': '{value} is outside the dates spreadsheets hold alike ({range})',
  'error.planTooLate':
    'the plan would end after {last}, the last date spreadsheets hold; start it earlier or shorten period.weeks',
  'error.unknownFramework': 'unknown framework {value} (expected one of: {options})',
  'error.currency': 'expected an ISO 4217 code such as USD or VND, got "{code}"',
  'error.listedTwice': '"{name}" is listed twice',
  'error.unknownKpi': 'unknown KPI "{kpi}" (see the README\'s KPI list)',
  'error.cellAddress': '“{cell}” is not a cell address such as B12',
  'error.cellValue': 'a cell holds text, a number, true or false, or nothing',
  'what.cells': 'typed cells',
  'warning.cellNotInput':
    '{cell} of sheet {sheet} is not an input cell of this workbook: its value is left out',
  'error.planId':
    'a plan id is "pb-" and 16 hexadecimal digits, as its workbook\'s Settings sheet shows it',
  'error.totalOfRate':
    "only a volume's target can count the baseline in; {kpi} is a rate (its target is the rate itself): leave targetIs out",
  'error.deadlineBeforeStart': 'ends before the plan starts ({start})',
  'error.deadlineAfterEnd':
    'after the plan ends ({end}); lengthen period.weeks or bring the deadline forward',
  'error.notMonth': 'not a month (expected YYYY-MM), got {value}',
  'error.outsidePeriod': "outside the objective's period ({from} to {to})",
  'error.outsidePlan': 'outside the plan ({from} to {to})',
  'error.outsidePlanPeriod': 'outside the plan period ({from} to {to})',
  'error.duplicateTask': '"{id}" is used by another task',
  'error.selfDependency': 'a task cannot depend on itself',
  'error.unknownTask': 'no task has the id "{id}"',
  'error.cycle': 'dependency cycle: {cycle}',
  'error.taskTooLate':
    '{id} would end after {last}, the last date spreadsheets hold; shorten the tasks before it or start the plan earlier',
  'error.taskFarAfterPlan':
    '{id} would end on {end}, more than {years} years after the plan ends ({planEnd}); shorten the tasks before it or lengthen period.weeks',
  'error.namesTaken':
    "this workbook already holds a plan's names ({names}…): generate the new plan in another workbook, or remove the earlier plan first",
  'error.sheetsTooLong':
    'writing this plan into Google Sheets would take about {seconds} s, longer than the {left} s left of the {limit} s an add-on may run: shorten it (it has {tasks} tasks over {weeks} weeks): fewer tasks, fewer weeks, or the timeline by week instead of by day, or generate the .xlsx with the CLI or playground and import it',
  'error.undoFailed':
    "(Removing what was added failed too: {reason}. Delete the plan's new sheets by hand.)",
  'error.unknownMetric': 'unknown metric (expected one of: {metrics})',
  'error.costTwice': '{metric} for {month} is given twice (cost is read as media_spend)',
  'error.metricTwice': '{metric} is given twice',
  'error.valueTwice': '{metric} for {month} is given twice',
  'error.valueTwiceOnChannel': '{metric} for {month} on {channel} is given twice',
  'error.unknownChannel': 'unknown channel "{channel}" (the plan\'s channels: {channels})',
  'error.none': 'none',
  'warning.channelKind':
    '“{name}” is not a channel planbook knows: taken as owned media. Give "kind": "paid" for bought media (its spend is then checked every week) or "earned".',
  'warning.taskAfterPlan':
    '{id} ends on {end}, after the plan ends ({planEnd}), so the Gantt does not show all of it; lengthen period.weeks or shorten the tasks before it',
  'warning.moreTasksAfterPlan': '{count} more tasks end after the plan ends',
  'warning.legacyCost':
    'cost now comes in two parts: this is read as media_spend (what ad platforms charge); put agency, tools and production in other_cost',
  'what.value': 'the value',
  'what.channels': 'channels',
  'what.tasks': 'tasks',
  'what.objectives': 'objectives',
  'what.results': 'rows of results',
  'what.weeks': 'the plan length in weeks (3 years at most)',
  'what.tolerance': 'tolerance',
  'what.budget': 'a budget',
  'what.baseline': 'a baseline',
  'what.target': 'a target',
  'what.actual': 'an actual',
  'what.weight': 'a weight',
  'what.days': 'days',
  'what.lag': 'lag',
  'what.buffer': 'buffer',
  'what.progress': 'progress',
  'what.grossMargin': 'the gross margin (a share of revenue, 0 to 1)',
  'what.purchasesPerYear': 'purchases per customer a year',
  'what.lifespanYears': 'the years a customer stays',
  'error.dayOff':
    "{date} is a day off in the plan's calendar (weekend or holiday); start the task on a working day such as {next}",
  'error.beforePlanStart':
    'its links start it on {start}, before the plan starts ({planStart}); shorten the lead or move its predecessors later',
  'error.tooManyLinks': '{count} links; a task may follow at most {max}',
  'error.emptyLink': 'an empty link; write a task id such as T3 or T3FS+2',
  'error.linkForm':
    'not a link; write a task id, then optionally FS, SS, FF or SF and a lag such as +2 or -1 (T3FS+2)',
  'error.lagTooLong': 'a lag of {lag} working days; at most {max} either way',
  'error.linkedTwice': 'it already follows {id}; give each predecessor one link',
  'error.country':
    '"{code}" is not a country planbook knows; use its two-letter ISO code, such as VN, IR or CN',
  'error.noWorkingDay': 'no working day; list at least one weekday (mon … sun)',
  'what.links': 'links',
  'what.workingDays': 'working days',
  'what.holidays': 'days off',
  'what.internalLead': 'internal lead',
} satisfies Record<string, string>;
