/** Persian: the planbook command's help and messages, and the plan's limits as they state them. */
import type { MessagesOf } from '../types';
export const cli: MessagesOf<'cli'> = {
  'cli.usage': `شیوهٔ استفاده: planbook [گزینه‌ها]
       planbook read plan.xlsx [--out plan.json]
       planbook update plan.xlsx [گزینه‌ها] --out new.xlsx

یک کارپوشهٔ برنامهٔ بازاریابی دیجیتال (.xlsx) می‌نویسد. بدون ورودی، یک برنامهٔ نمونه می‌نویسد.

گزینه‌ها:
  --input <برنامه.json>  ورودی برنامه (قالب JSON برنامه را در README ببینید)
  --framework <شناسه>    {frameworks}
  --language <کد>        {languages}؛ زبان همین پیام‌ها هم هست
  --start <YYYY-MM-DD>   نخستین روز برنامه
  --weeks <n>            مدت برنامه به هفته (1 تا {maxWeeks})
  --timeline <مقیاس>     {timelines}
  --report-date <تاریخ>  روزی که برگهٔ کنترل بر پایهٔ آن می‌سنجد (YYYY-MM-DD)
  --out <فایل.xlsx>      محل نوشتن (پیش‌فرض: plan.xlsx)
  --help                 نمایش همین راهنما

گزینه‌ها فیلدهای هم‌نام در --input را بازنویسی می‌کنند. بدون --input و بدون گزینه‌های برنامه،
برنامهٔ نمونه (یک چایخانه، به زبان --language) نوشته می‌شود؛ با گزینه‌های برنامه، برنامه‌ای
بر پایهٔ پیش‌فرض‌های چارچوب.

{limits}

کارپوشه نخست در یک فایل موقت کنار --out نوشته می‌شود و سپس با تغییر نام در جای خود قرار می‌گیرد.
اگر --out پیوندی باشد که خودتان ساخته‌اید، در مقصد آن نوشته می‌شود؛ --out نمی‌تواند همان فایل --input باشد.`,
  'cli.limits': `محدودیت‌ها: حداکثر {weeks} هفته، {tasks} کار، {channels} کانال، {objectives} هدف و {results} ردیف نتایج کانال‌ها؛
تاریخ‌ها از {firstDate} تا {lastDate} (تاریخ پایان هر کار هم، حداکثر {yearsAfter} سال پس از پایان برنامه)؛ مبالغ (بودجه‌ها، مقادیر پایه،
مقادیر هدف، مقادیر واقعی) حداکثر به اندازهٔ {amountMax} و برابر ۰ یا دست‌کم {amountMin}؛
هر کار حداکثر {taskDays} روز کاری طول می‌کشد، حداکثر {links} پیوند دارد، تأخیر یا پیش‌افت هر پیوند حداکثر {lagDays} روز و زمان ذخیرهٔ آن حداکثر {lagDays} روز است؛ حداکثر {holidays} روز تعطیل.`,
  'cli.unknownOption': '{flag}: گزینهٔ ناشناخته (--help را ببینید)',
  'cli.unexpectedArgument':
    '{arg}: آرگومان غیرمنتظره (گزینه‌ها با -- شروع می‌شوند؛ --help را ببینید)',
  'cli.needsValue': '{flag}: به یک مقدار نیاز دارد',
  'cli.weeksNotWhole': '--weeks: تعداد هفته‌ها باید عددی صحیح باشد، اما «{value}» داده شده است',
  'cli.outNotXlsx': '--out: نام فایل باید به .xlsx ختم شود، اما «{value}» داده شده است',
  'cli.fromFlag': ' (از {flag})',
  'cli.warning': 'هشدار: {message}',
  'cli.update.usage':
    'کاربرد: planbook update plan.xlsx [--framework …] [--language …] [--start …] [--weeks …] [--timeline …] [--report-date …] --out new.xlsx',
  'cli.update.noInput': '--input: به‌روزرسانی برنامه را از همان کارپوشه‌ای که داده می‌شود می‌خواند',
  'cli.update.needsOut':
    '--out: به‌روزرسانی کارپوشهٔ تازه‌ای می‌نویسد و هرگز روی کارپوشهٔ خوانده‌شده نمی‌نویسد؛ نامش را با --out بدهید',
  'cli.update.cellDropped':
    'منتقل نشد: {value} در {cell} برگهٔ {sheet} (این تغییر چیدمان آن برگه را از نو می‌سازد)',
  'cli.update.stageMoved': '{id}: چارچوب تازه مرحلهٔ «{stage}» ندارد؛ کار زیر «{to}» قرار گرفت',
  'cli.update.sheetsLeft': 'برگه‌هایی که افزوده‌اید فقط در کارپوشهٔ قدیمی می‌مانند: {parts}',
  'cli.read.usage':
    'کاربرد: planbook read plan.xlsx [--out plan.json]: JSON برنامه که از کارپوشه‌ای که planbook نوشته بازسازی می‌شود؛ بدون --out در خروجی استاندارد',
  'cli.read.cannot': '{file} خوانده نمی‌شود: {reason}',
  'cli.read.notXlsx':
    '{file} کارپوشهٔ ‎.xlsx نیست (آسیب‌دیده، دارای گذرواژه یا پرونده‌ای از نوع دیگر)',
  'cli.read.tooBig':
    '{file} {size} مگابایت است؛ planbook کارپوشه‌های حداکثر {limit} مگابایتی را می‌خواند',
  'cli.read.outNotJson': '--out {value}: برنامه در پرونده‌ای ‎.json نوشته می‌شود',
  'cli.read.twice': '{flag} دو بار آمده است',
  'cli.read.notRead':
    'برگه‌هایی که افزوده‌اید در کارپوشه می‌مانند اما در برنامه خوانده نمی‌شوند: {parts}',
  'cli.read.wrote':
    '{file} خوانده شد: {tasks} کار، {channels} کانال، {objectives} هدف؛ {out} نوشته شد',
  'cli.cannotWrite': '--out: نوشتن {file} ممکن نیست: {reason}',
  'cli.cannotRead': '--input: خواندن {file} ممکن نیست: {reason}',
  'cli.notJson': '--input: {file} یک JSON معتبر نیست: {reason}',
  'cli.wrote': '{file} در {seconds} ثانیه نوشته شد',
  'cli.sheets': '  برگه‌ها: {count} ({titles})',
  'cli.tasks': '  کارها:  {count}',
  'cli.kpis': '  KPIها:  {count}',
  'cli.out.foreignLink':
    '--out: {file} پیوندی است که کاربر دیگری ساخته است؛ از دنبال کردن آن خودداری می‌شود',
  'cli.out.danglingLink': '--out: {file} پیوندی به فایلی است که وجود ندارد',
  'cli.out.noFolder': '--out: نوشتن {file} ممکن نیست: پوشهٔ {folder} وجود ندارد',
  'cli.out.notFolder': '--out: نوشتن {file} ممکن نیست: {folder} پوشه نیست',
  'cli.out.notWritable': '--out: نوشتن {file} ممکن نیست: اجازهٔ نوشتن در پوشهٔ {folder} نیست',
  'cli.out.notFile': '--out: {file} وجود دارد و فایل نیست',
  'cli.out.isInput':
    '--out: {file} همان فایل --input است؛ نوشتن در آن، برنامه را با کارپوشه جایگزین می‌کند',
  'cli.reason.ENOSPC': 'دیسک پر است',
  'cli.reason.EDQUOT': 'سهمیهٔ دیسک تمام شده است',
  'cli.reason.EACCES': 'اجازهٔ دسترسی داده نشد',
  'cli.reason.EPERM': 'اجازهٔ دسترسی داده نشد',
  'cli.reason.EROFS': 'دیسک فقط‌خواندنی است',
  'cli.reason.EISDIR': 'این یک پوشه است',
};
