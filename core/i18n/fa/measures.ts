/** Persian: the Totals and Targets sheets, and the Settings sheet's economics and KPI definitions. */
import type { MessagesOf } from '../types';
export const measures: MessagesOf<'measures'> = {
  'totals.intro':
    'از برگهٔ داده‌ها محاسبه می‌شود؛ ویرایش نکنید. برگهٔ کنترل سنجه‌های هر KPI را از اینجا می‌خواند، پس KPIای که در برگهٔ {sheet} انتخاب شود به فرمول تازه‌ای نیاز ندارد.',
  'totals.running': 'جمع تجمعی از نخستین ماه برنامه',
  'totals.latest': 'آخرین ماه دارای نتیجه (شمارهٔ آن در فهرست؛ ۰ یعنی هنوز هیچ)',
  'totals.byChannel': 'آخرین ماه دارای نتیجه، به تفکیک کانال',
  'totals.id': 'شناسهٔ سنجه',

  'targets.intro':
    'هر هدف حجمی چگونه میان ماه‌ها پخش می‌شود. ۱ یعنی یک ماه عادی؛ ۲ یعنی در آن ماه دو برابر آهنگ روزانه انتظار می‌رود (یک رونمایی، نوروز، تت، بلک فرایدی)؛ ۰ یعنی هیچ. برگهٔ کنترل عملکرد واقعی را با هدفی مقایسه می‌کند که تا تاریخ گزارش باید محقق شده باشد.',
  'targets.kpi': 'KPI',
  'targets.weights': 'فصلی بودن (قابل ویرایش): ۱ یعنی یک ماه عادی',
  'targets.monthly': 'مقدار هدف به تفکیک ماه (برای نرخ: نرخ مورد انتظار در پایان ماه)',
  'targets.workings': 'محاسبات: وزن × روزهای KPI در آن ماه',

  'settings.grossMargin': 'حاشیهٔ سود ناخالص',
  'settings.grossMargin.note':
    'سود ناخالص به‌صورت سهمی از درآمد (۰ تا ۱۰۰٪). ROI بازاریابی و ارزش طول عمر مشتری از آن استفاده می‌کنند.',
  'settings.purchasesPerYear': 'دفعات خرید در سال',
  'settings.purchasesPerYear.note':
    'هر مشتری چند بار در سال خرید می‌کند. ارزش طول عمر مشتری از آن استفاده می‌کند.',
  'settings.lifespanYears': 'طول عمر مشتری (سال)',
  'settings.lifespanYears.note':
    'مشتری چند سال به خرید ادامه می‌دهد. ارزش طول عمر مشتری از آن استفاده می‌کند.',
  'settings.kpiDefinitions': 'تعریف شاخص‌های کلیدی عملکرد (برگهٔ کنترل KPIها را از اینجا می‌خواند)',
  'settings.def.id': 'شناسهٔ KPI',
  'settings.def.name': 'نام',
  'settings.def.unit': 'واحد',
  'settings.def.direction': 'جهت مطلوب',
  'settings.def.directionCode': 'جهت (کد)',
  'settings.def.race': 'RACE',
  'settings.def.aisas': 'AISAS',
  'settings.def.numerator': 'محاسبه از',
  'settings.def.denominator': 'تقسیم بر',
  'settings.def.scale': 'ضریب',
  'settings.def.how': 'شیوهٔ محاسبه',
  'settings.def.sumOf': 'مجموع {metric}',
};
