/** English: the Totals and Targets sheets, and the Settings sheet's economics and KPI definitions. */
export const measures = {
  'totals.intro':
    'Calculated from the Data sheet; do not edit. The Control sheet looks up each KPI’s metrics here, so a KPI chosen on the {sheet} sheet needs no new formulas.',
  'totals.running': 'Running totals from the plan’s first month',
  'totals.latest': 'Latest month with results (its number in the list; 0 = none yet)',
  'totals.byChannel': 'Latest month with results, by channel',
  'totals.id': 'Metric id',

  'targets.intro':
    'How each volume target is spread over the months. 1 is an ordinary month; 2 asks twice the daily pace that month (a launch, Tết, Nowruz, Black Friday); 0 nothing. The Control sheet compares actuals with the target due to date.',
  'targets.kpi': 'KPI',
  'targets.weights': 'Seasonality (edit): 1 = an ordinary month',
  'targets.monthly': 'Target by month (a rate: the rate due at the month’s end)',
  'targets.workings': 'Workings: weight × the KPI’s days in the month',

  'settings.grossMargin': 'Gross margin',
  'settings.grossMargin.note':
    'Gross profit as a share of revenue (0–100%). Marketing ROI and lifetime value use it.',
  'settings.purchasesPerYear': 'Purchases a year',
  'settings.purchasesPerYear.note': 'How often a customer buys in a year. Lifetime value uses it.',
  'settings.lifespanYears': 'Customer lifespan (years)',
  'settings.lifespanYears.note': 'How many years a customer keeps buying. Lifetime value uses it.',
  'settings.kpiDefinitions': 'KPI definitions (the Control sheet looks KPIs up here)',
  'settings.def.id': 'KPI id',
  'settings.def.name': 'Name',
  'settings.def.unit': 'Unit',
  'settings.def.direction': 'Better when',
  'settings.def.directionCode': 'Direction (code)',
  'settings.def.race': 'RACE',
  'settings.def.aisas': 'AISAS',
  'settings.def.numerator': 'Computed from',
  'settings.def.denominator': 'Divided by',
  'settings.def.scale': 'Times',
  'settings.def.how': 'How it is computed',
  'settings.def.sumOf': 'Sum of {metric}',
} satisfies Record<string, string>;
