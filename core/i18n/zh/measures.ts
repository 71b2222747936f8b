/** Chinese (simplified): the Totals and Targets sheets, and the Settings sheet's economics and KPI definitions. */
import type { MessagesOf } from '../types';
export const measures: MessagesOf<'measures'> = {
  'totals.intro':
    '根据“数据”表自动计算，请勿编辑。“控制”表从这里查找每个 KPI 所需的指标，因此在“{sheet}”表中选用的 KPI 无需新增公式。',
  'totals.running': '自计划首月起的累计值',
  'totals.latest': '已有结果的最近月份（在列表中的序号；0 = 尚无结果）',
  'totals.byChannel': '已有结果的最近月份，按渠道',
  'totals.id': '指标 ID',

  'targets.intro':
    '每个数量型目标如何分摊到各个月份。1 表示普通月份；2 表示当月要求两倍的日均进度（如新品上市、春节、“双十一”、黑色星期五）；0 表示当月不分摊目标。“控制”表会把实际值与截至当日应达成的目标进行对比。',
  'targets.kpi': 'KPI',
  'targets.weights': '季节性权重（可编辑）：1 = 普通月份',
  'targets.monthly': '月度目标（比率类：月末应达到的比率）',
  'targets.workings': '计算过程：权重 × 该 KPI 在当月的天数',

  'settings.grossMargin': '毛利率',
  'settings.grossMargin.note': '毛利占收入的比例（0–100%）。营销 ROI 和客户终身价值会用到它。',
  'settings.purchasesPerYear': '年购买次数',
  'settings.purchasesPerYear.note': '客户一年购买几次。客户终身价值会用到它。',
  'settings.lifespanYears': '客户生命周期（年）',
  'settings.lifespanYears.note': '客户会持续购买多少年。客户终身价值会用到它。',
  'settings.kpiDefinitions': 'KPI 定义（“控制”表从这里查找 KPI）',
  'settings.def.id': 'KPI ID',
  'settings.def.name': '名称',
  'settings.def.unit': '单位',
  'settings.def.direction': '优化方向',
  'settings.def.directionCode': '方向（代码）',
  'settings.def.race': 'RACE',
  'settings.def.aisas': 'AISAS',
  'settings.def.numerator': '分子',
  'settings.def.denominator': '分母',
  'settings.def.scale': '乘数',
  'settings.def.how': '计算方法',
  'settings.def.sumOf': '{metric}之和',
};
