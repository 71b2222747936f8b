/** Vietnamese: the Totals and Targets sheets, and the Settings sheet's economics and KPI definitions. */
import type { MessagesOf } from '../types';
export const measures: MessagesOf<'measures'> = {
  'totals.intro':
    'Tính từ trang Dữ liệu; không chỉnh sửa. Trang Kiểm soát tra cứu các chỉ số của từng KPI tại đây, nên một KPI chọn ở trang {sheet} không cần thêm công thức mới.',
  'totals.running': 'Lũy kế từ tháng đầu tiên của kế hoạch',
  'totals.latest': 'Tháng gần nhất có kết quả (số thứ tự trong danh sách; 0 = chưa có)',
  'totals.byChannel': 'Tháng gần nhất có kết quả, theo kênh',
  'totals.id': 'Mã chỉ số',

  'targets.intro':
    'Cách phân bổ từng chỉ tiêu khối lượng theo các tháng. 1 là tháng bình thường; 2 là tháng cần tốc độ mỗi ngày gấp đôi (ra mắt sản phẩm, Tết, Nowruz, Black Friday); 0 là không có gì. Trang Kiểm soát so sánh số thực tế với chỉ tiêu phải đạt tính đến ngày báo cáo.',
  'targets.kpi': 'KPI',
  'targets.weights': 'Hệ số mùa vụ (chỉnh sửa được): 1 = tháng bình thường',
  'targets.monthly': 'Chỉ tiêu theo tháng (tỷ lệ: mức cần đạt vào cuối tháng)',
  'targets.workings': 'Cách tính: hệ số × số ngày của KPI trong tháng',

  'settings.grossMargin': 'Biên lợi nhuận gộp',
  'settings.grossMargin.note':
    'Lợi nhuận gộp tính theo tỷ lệ trên doanh thu (0–100%). Dùng để tính ROI marketing và giá trị vòng đời khách hàng.',
  'settings.purchasesPerYear': 'Số lần mua mỗi năm',
  'settings.purchasesPerYear.note':
    'Một khách hàng mua bao nhiêu lần trong một năm. Dùng để tính giá trị vòng đời khách hàng.',
  'settings.lifespanYears': 'Vòng đời khách hàng (năm)',
  'settings.lifespanYears.note':
    'Một khách hàng tiếp tục mua hàng trong bao nhiêu năm. Dùng để tính giá trị vòng đời khách hàng.',
  'settings.kpiDefinitions': 'Định nghĩa KPI (trang Kiểm soát tra cứu KPI tại đây)',
  'settings.def.id': 'Mã KPI',
  'settings.def.name': 'Tên',
  'settings.def.unit': 'Đơn vị',
  'settings.def.direction': 'Tốt hơn khi',
  'settings.def.directionCode': 'Hướng (mã)',
  'settings.def.race': 'RACE',
  'settings.def.aisas': 'AISAS',
  'settings.def.numerator': 'Tính từ',
  'settings.def.denominator': 'Chia cho',
  'settings.def.scale': 'Nhân với',
  'settings.def.how': 'Cách tính',
  'settings.def.sumOf': 'Tổng {metric}',
};
