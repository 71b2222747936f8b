/** Persian: validation errors and warnings, and the names of the values they concern. */
import type { MessagesOf } from '../types';
export const errors: MessagesOf<'errors'> = {
  'error.notPlan': 'یک شیء JSON با دست‌کم فیلد «framework» انتظار می‌رفت',
  'error.unknownField': 'فیلد ناشناخته (یکی از این‌ها انتظار می‌رفت: {keys})',
  'error.expectedObject': 'یک شیء انتظار می‌رفت',
  'error.expectedList': 'یک فهرست انتظار می‌رفت',
  'error.tooMany': '{count} {what}؛ هر برنامه حداکثر {max} مورد را می‌پذیرد',
  'error.required': 'الزامی است',
  'error.requiredOneOf': 'الزامی است (یکی از: {options})',
  'error.requiredFiveS': 'الزامی است (یکی از 5S)',
  'error.requiredMonth': 'الزامی است (YYYY-MM)',
  'error.expectedText': 'متن انتظار می‌رفت، اما {value} داده شده است',
  'error.tooLong': 'بیش از حد طولانی است ({length} نویسه؛ حداکثر {max})',
  'error.carriageReturn':
    'در نویسهٔ {at} یک بازگشت نویسه (U+000D) دارد؛ شکستن خط را به‌صورت \\n بنویسید',
  'error.loneSurrogate': 'در نویسهٔ {at} نیمی از یک نویسه (جانشین تنهای {code}) دارد',
  'error.nonCharacter': 'در نویسهٔ {at} مقدار {code} را دارد که نویسه نیست و کارپوشه را خراب می‌کند',
  'error.controlCharacter':
    'در نویسهٔ {at} نویسهٔ کنترلی {code} را دارد که صفحه‌گسترده نمی‌تواند آن را نگه دارد',
  'error.channelOperator':
    '«{name}» نمی‌تواند با = < > شروع شود یا * ? ~ داشته باشد (صفحه‌گسترده‌ها آن‌ها را عملگر می‌خوانند)',
  'error.unknownValue': 'مقدار ناشناختهٔ {value} (یکی از این‌ها انتظار می‌رفت: {options})',
  'error.notNumber': 'عدد نیست: {value}',
  'error.notFinite': 'عددی نیست که صفحه‌گسترده بتواند نگه دارد: {value}',
  'error.tooSmall': '{what} باید ۰ یا از نظر اندازه دست‌کم {min} باشد، اما {value} داده شده است',
  'error.notWhole': '{what} باید عددی صحیح باشد، اما {value} داده شده است',
  'error.atLeast': '{what} باید دست‌کم {min} باشد، اما {value} داده شده است',
  'error.atMost': '{what} باید حداکثر {max} باشد، اما {value} داده شده است',
  'error.below': '{what} باید کمتر از {below} باشد، اما {value} داده شده است',
  'error.notDate': 'تاریخ نیست (قالب YYYY-MM-DD انتظار می‌رفت)، اما {value} داده شده است',
  'error.dateOutOfRange':
    '{value} بیرون از بازهٔ تاریخ‌هایی است که همهٔ صفحه‌گسترده‌ها به یک شکل نگه می‌دارند ({range})',
  'error.planTooLate':
    'برنامه پس از {last}، آخرین تاریخی که صفحه‌گسترده‌ها نگه می‌دارند، پایان می‌یابد؛ آن را زودتر شروع کنید یا period.weeks را کوتاه‌تر کنید',
  'error.unknownFramework': 'چارچوب ناشناختهٔ {value} (یکی از این‌ها انتظار می‌رفت: {options})',
  'error.currency': 'یک کد ایزو ۴۲۱۷ مانند USD یا IRR انتظار می‌رفت، اما «{code}» داده شده است',
  'error.listedTwice': '«{name}» دو بار آمده است',
  'error.unknownKpi': 'KPI ناشناختهٔ «{kpi}» (فهرست KPIها را در README ببینید)',
  'error.cellAddress': '«{cell}» نشانی خانه‌ای مانند B12 نیست',
  'error.cellValue': 'یک خانه متن، عدد، درست یا نادرست، یا هیچ را نگه می‌دارد',
  'what.cells': 'خانهٔ واردشده',
  'warning.cellNotInput':
    '{cell} در برگهٔ {sheet} خانهٔ ورودی این کارپوشه نیست: مقدارش کنار گذاشته شد',
  'error.planId':
    'شناسهٔ برنامه «pb-» و ۱۶ رقم در مبنای شانزده است، همان‌طور که برگهٔ تنظیمات کارپوشه نشان می‌دهد',
  'error.totalOfRate':
    'فقط هدفِ یک شاخصِ حجمی می‌تواند خط پایه را در بر بگیرد؛ {kpi} یک نرخ است (هدفش خودِ نرخ است): targetIs را حذف کنید',
  'error.deadlineBeforeStart': 'پیش از شروع برنامه ({start}) پایان می‌یابد',
  'error.deadlineAfterEnd':
    'پس از پایان برنامه ({end})؛ period.weeks را بیشتر کنید یا مهلت را جلوتر بیاورید',
  'error.notMonth': 'ماه نیست (قالب YYYY-MM انتظار می‌رفت)، اما {value} داده شده است',
  'error.outsidePeriod': 'بیرون از دورهٔ هدف ({from} تا {to})',
  'error.outsidePlan': 'بیرون از برنامه ({from} تا {to})',
  'error.outsidePlanPeriod': 'بیرون از دورهٔ برنامه ({from} تا {to})',
  'error.duplicateTask': 'شناسهٔ «{id}» را کار دیگری دارد',
  'error.selfDependency': 'یک کار نمی‌تواند به خودش وابسته باشد',
  'error.unknownTask': 'هیچ کاری شناسهٔ «{id}» را ندارد',
  'error.cycle': 'چرخهٔ وابستگی: {cycle}',
  'error.taskTooLate':
    '{id} پس از {last}، آخرین تاریخی که صفحه‌گسترده‌ها نگه می‌دارند، پایان می‌یابد؛ کارهای پیش از آن را کوتاه‌تر کنید یا برنامه را زودتر شروع کنید',
  'error.taskFarAfterPlan':
    '{id} در {end} پایان می‌یابد، بیش از {years} سال پس از پایان برنامه ({planEnd})؛ کارهای پیش از آن را کوتاه‌تر کنید یا period.weeks را افزایش دهید',
  'error.namesTaken':
    'این کارپوشه از قبل نام‌های یک برنامه را دارد ({names}…): برنامهٔ تازه را در کارپوشهٔ دیگری بسازید یا نخست برنامهٔ پیشین را حذف کنید',
  'error.sheetsTooLong':
    'نوشتن این برنامه در Google Sheets حدود {seconds} ثانیه طول می‌کشد، بیش از {left} ثانیهٔ باقی‌مانده از {limit} ثانیه‌ای که یک افزونه می‌تواند اجرا شود: آن را کوتاه کنید (اکنون {tasks} کار در {weeks} هفته دارد): کارهای کمتر، هفته‌های کمتر، یا گاه‌شمار هفتگی به‌جای روزانه، یا فایل .xlsx را با CLI یا playground بسازید و وارد کنید',
  'error.undoFailed':
    '(حذف آنچه افزوده شده بود نیز ناموفق بود: {reason}. برگه‌های تازهٔ برنامه را خودتان حذف کنید.)',
  'error.unknownMetric': 'سنجهٔ ناشناخته (یکی از این‌ها انتظار می‌رفت: {metrics})',
  'error.costTwice':
    '{metric} برای {month} دو بار آمده است (cost به‌عنوان media_spend خوانده می‌شود)',
  'error.metricTwice': '{metric} دو بار آمده است',
  'error.valueTwice': '{metric} برای {month} دو بار آمده است',
  'error.valueTwiceOnChannel': '{metric} برای {month} در کانال {channel} دو بار آمده است',
  'error.unknownChannel': 'کانال ناشناختهٔ «{channel}» (کانال‌های برنامه: {channels})',
  'error.none': 'هیچ',
  'warning.channelKind':
    '«{name}» کانالی نیست که planbook بشناسد: رسانهٔ مالکیتی در نظر گرفته شد. برای رسانهٔ خریداری‌شده "kind": "paid" بدهید (هزینه‌اش هر هفته بررسی می‌شود) یا "earned".',
  'warning.taskAfterPlan':
    '{id} در {end}، پس از پایان برنامه ({planEnd})، تمام می‌شود و نمودار گانت همهٔ آن را نشان نمی‌دهد؛ period.weeks را بیشتر کنید یا کارهای پیش از آن را کوتاه‌تر کنید',
  'warning.moreTasksAfterPlan': '{count} کار دیگر پس از پایان برنامه تمام می‌شوند',
  'warning.legacyCost':
    'هزینه اکنون دو بخش دارد: این مقدار به‌عنوان media_spend (مبلغی که پلتفرم‌های تبلیغاتی دریافت می‌کنند) خوانده می‌شود؛ هزینهٔ آژانس، ابزارها و تولید محتوا را در other_cost بگذارید',
  'what.value': 'مقدار',
  'what.channels': 'کانال',
  'what.tasks': 'کار',
  'what.objectives': 'هدف',
  'what.results': 'ردیف نتیجه',
  'what.weeks': 'مدت برنامه به هفته (حداکثر ۳ سال)',
  'what.tolerance': 'دامنهٔ مجاز',
  'what.budget': 'بودجه',
  'what.baseline': 'مقدار پایه',
  'what.target': 'مقدار هدف',
  'what.actual': 'مقدار واقعی',
  'what.weight': 'وزن',
  'what.days': 'تعداد روزها',
  'what.lag': 'فاصله',
  'what.buffer': 'زمان ذخیره',
  'what.progress': 'پیشرفت',
  'what.grossMargin': 'حاشیهٔ سود ناخالص (سهمی از درآمد، بین ۰ و ۱)',
  'what.purchasesPerYear': 'دفعات خرید هر مشتری در سال',
  'what.lifespanYears': 'سال‌هایی که مشتری می‌ماند',
  'error.dayOff':
    '{date} در تقویم برنامه روز تعطیل است (آخر هفته یا تعطیل رسمی)؛ کار را در یک روز کاری مانند {next} شروع کنید',
  'error.beforePlanStart':
    'پیوندهای این کار آن را در {start} شروع می‌کنند، پیش از شروع برنامه ({planStart})؛ پیش‌افت را کوتاه کنید یا کارهای پیشین را عقب بیندازید',
  'error.tooManyLinks': '{count} پیوند؛ هر کار حداکثر به {max} کار می‌تواند وابسته باشد',
  'error.emptyLink': 'پیوند خالی است؛ شناسهٔ یک کار مانند T3 یا T3FS+2 بنویسید',
  'error.linkForm':
    'پیوند معتبر نیست؛ شناسهٔ کار را بنویسید و در صورت نیاز FS، SS، FF یا SF و تأخیری مانند +2 یا -1 (T3FS+2)',
  'error.lagTooLong': 'تأخیر {lag} روز کاری؛ حداکثر {max} در هر جهت',
  'error.linkedTwice': 'این کار از قبل به {id} وابسته است؛ برای هر کار پیشین فقط یک پیوند بدهید',
  'error.country':
    '«{code}» کشوری نیست که planbook بشناسد؛ کد دوحرفی ISO آن را بنویسید، مانند VN، IR یا CN',
  'error.noWorkingDay': 'هیچ روز کاری‌ای نیست؛ دست‌کم یک روز هفته را بنویسید (mon … sun)',
  'what.links': 'پیوندها',
  'what.workingDays': 'روزهای کاری',
  'what.holidays': 'روزهای تعطیل',
  'what.internalLead': 'زودتر بودن مهلت داخلی',
};
