/** The sample plan's words in Persian: a tea house in Tehran, in rials. */
import type { SampleWords } from '../types';

export const sample: SampleWords = {
  business: 'چایخانهٔ نیلوفر',
  perDollar: 500000,
  // The quarter's review waits for the first working day after Nowruz (1–13 Farvardin).
  starts: { T12: '2027-04-03' },
  owners: { Lan: 'مریم', Minh: 'علی', Hoa: 'سارا' },
  tasks: {
    T1: 'بررسی کانال‌ها و داده‌های تحلیلی',
    T2: 'پژوهش مشتریان و رقبا',
    T3: 'تعیین اهداف 5S به روش SMART',
    T4: 'کارگاه جایگاه‌یابی و ماتریس TOWS',
    T5: 'پژوهش کلمات کلیدی',
    T6: 'بازنویسی صفحه‌های منو و فروشگاه برای سئو',
    T7: 'تبلیغات جست‌وجو برای «جعبهٔ هدیهٔ چای»',
    T8: 'عرضهٔ چای بهاره برای نوروز',
    T9: 'مجموعهٔ «آیین چای» در اینستاگرام',
    T10: 'ایمیل‌های خوش‌آمد و یادآوری خرید دوباره',
    T11: 'مقاله‌های وبلاگ دربارهٔ راهنمای چای',
    T12: 'بازبینی فصلی شاخص‌های کلیدی عملکرد',
  },
};
