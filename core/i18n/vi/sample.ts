/** The sample plan's words in Vietnamese: a tea house on West Lake, in dong. */
import type { SampleWords } from '../types';

export const sample: SampleWords = {
  business: 'Trà Sen Hồ Tây',
  perDollar: 25000,
  owners: { Lan: 'Lan', Minh: 'Minh', Hoa: 'Hoa' },
  tasks: {
    T1: 'Rà soát các kênh và dữ liệu phân tích',
    T2: 'Nghiên cứu khách hàng và đối thủ',
    T3: 'Đặt mục tiêu 5S theo SMART',
    T4: 'Hội thảo định vị và ma trận TOWS',
    T5: 'Nghiên cứu từ khóa',
    T6: 'Viết lại trang thực đơn và cửa hàng chuẩn SEO',
    T7: 'Quảng cáo tìm kiếm cho “hộp quà trà”',
    T8: 'Ra mắt trà xuân',
    T9: 'Chuỗi bài Facebook “nghi thức thưởng trà”',
    T10: 'Email chào mừng và nhắc mua lại',
    T11: 'Bài viết hướng dẫn thưởng trà trên blog',
    T12: 'Đánh giá KPI hằng quý',
  },
};
