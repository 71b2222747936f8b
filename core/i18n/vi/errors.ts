/** Vietnamese: validation errors and warnings, and the names of the values they concern. */
import type { MessagesOf } from '../types';
export const errors: MessagesOf<'errors'> = {
  'error.notPlan': 'cần một đối tượng JSON có ít nhất trường "framework"',
  'error.unknownField': 'trường không xác định (cần một trong: {keys})',
  'error.expectedObject': 'cần một đối tượng',
  'error.expectedList': 'cần một danh sách',
  'error.tooMany': '{count} {what}; một kế hoạch chứa tối đa {max}',
  'error.required': 'bắt buộc',
  'error.requiredOneOf': 'bắt buộc (một trong: {options})',
  'error.requiredFiveS': 'bắt buộc (một trong 5S)',
  'error.requiredMonth': 'bắt buộc (YYYY-MM)',
  'error.expectedText': 'cần văn bản, nhận được {value}',
  'error.tooLong': 'quá dài ({length} ký tự; tối đa {max})',
  'error.carriageReturn':
    'chứa ký tự về đầu dòng (U+000D) ở ký tự thứ {at}; hãy viết dấu xuống dòng là \\n',
  'error.loneSurrogate': 'chứa nửa ký tự (nửa cặp thay thế lẻ {code}) ở ký tự thứ {at}',
  'error.nonCharacter':
    'chứa {code} ở ký tự thứ {at}, đây không phải là ký tự và sẽ làm hỏng bảng tính',
  'error.controlCharacter':
    'chứa ký tự điều khiển {code} ở ký tự thứ {at}, bảng tính không thể lưu ký tự này',
  'error.channelOperator':
    '"{name}" không được bắt đầu bằng = < > hoặc chứa * ? ~ (bảng tính coi chúng là toán tử)',
  'error.unknownValue': 'giá trị không xác định {value} (cần một trong: {options})',
  'error.notNumber': 'không phải số: {value}',
  'error.notFinite': 'không phải số mà bảng tính lưu được: {value}',
  'error.tooSmall': '{what} phải bằng 0 hoặc có độ lớn ít nhất {min}, nhận được {value}',
  'error.notWhole': '{what} phải là số nguyên, nhận được {value}',
  'error.atLeast': '{what} phải ít nhất là {min}, nhận được {value}',
  'error.atMost': '{what} phải tối đa là {max}, nhận được {value}',
  'error.below': '{what} phải nhỏ hơn {below}, nhận được {value}',
  'error.notDate': 'không phải ngày (cần YYYY-MM-DD), nhận được {value}',
  'error.dateOutOfRange': '{value} nằm ngoài khoảng ngày mà mọi bảng tính đều lưu được ({range})',
  'error.planTooLate':
    'kế hoạch sẽ kết thúc sau {last}, ngày cuối cùng bảng tính lưu được; hãy bắt đầu sớm hơn hoặc rút ngắn period.weeks',
  'error.unknownFramework': 'mô hình không xác định {value} (cần một trong: {options})',
  'error.currency': 'cần một mã ISO 4217 như USD hoặc VND, nhận được "{code}"',
  'error.listedTwice': '"{name}" được liệt kê hai lần',
  'error.unknownKpi': 'KPI không xác định "{kpi}" (xem danh sách KPI trong README)',
  'error.cellAddress': '“{cell}” không phải địa chỉ ô như B12',
  'error.cellValue': 'một ô chứa văn bản, số, đúng hoặc sai, hoặc để trống',
  'what.cells': 'ô đã nhập',
  'warning.cellNotInput':
    'ô {cell} của trang {sheet} không phải ô nhập của bảng tính này: giá trị của nó bị bỏ qua',
  'error.planId':
    'mã kế hoạch gồm "pb-" và 16 chữ số thập lục phân, như trang Cài đặt của bảng tính ghi',
  'error.totalOfRate':
    'chỉ chỉ tiêu dạng khối lượng mới có thể tính cả mức cơ sở; {kpi} là một tỷ lệ (chỉ tiêu của nó là chính tỷ lệ đó): hãy bỏ targetIs',
  'error.deadlineBeforeStart': 'kết thúc trước khi kế hoạch bắt đầu ({start})',
  'error.deadlineAfterEnd':
    'sau khi kế hoạch kết thúc ({end}); hãy kéo dài period.weeks hoặc dời hạn chót sớm hơn',
  'error.notMonth': 'không phải tháng (cần YYYY-MM), nhận được {value}',
  'error.outsidePeriod': 'nằm ngoài thời hạn của mục tiêu ({from} đến {to})',
  'error.outsidePlan': 'nằm ngoài kế hoạch ({from} đến {to})',
  'error.outsidePlanPeriod': 'nằm ngoài thời gian của kế hoạch ({from} đến {to})',
  'error.duplicateTask': '"{id}" đã được một công việc khác dùng',
  'error.selfDependency': 'một công việc không thể phụ thuộc vào chính nó',
  'error.unknownTask': 'không có công việc nào có mã "{id}"',
  'error.cycle': 'vòng phụ thuộc: {cycle}',
  'error.taskTooLate':
    '{id} sẽ kết thúc sau {last}, ngày cuối cùng bảng tính lưu được; hãy rút ngắn các công việc trước nó hoặc bắt đầu kế hoạch sớm hơn',
  'error.taskFarAfterPlan':
    '{id} sẽ kết thúc vào {end}, hơn {years} năm sau khi kế hoạch kết thúc ({planEnd}); hãy rút ngắn các công việc trước nó hoặc tăng period.weeks',
  'error.namesTaken':
    'bảng tính này đã có các tên của một kế hoạch ({names}…): hãy tạo kế hoạch mới trong một bảng tính khác, hoặc xóa kế hoạch cũ trước',
  'error.sheetsTooLong':
    'ghi kế hoạch này vào Google Sheets sẽ mất khoảng {seconds} giây, lâu hơn {left} giây còn lại trong {limit} giây mà một tiện ích được chạy: hãy rút gọn (hiện có {tasks} công việc trong {weeks} tuần): ít công việc hơn, ít tuần hơn, hoặc dòng thời gian theo tuần thay vì theo ngày, hoặc tạo tệp .xlsx bằng CLI hay playground rồi nhập vào',
  'error.undoFailed':
    '(Việc gỡ bỏ những gì đã thêm cũng thất bại: {reason}. Hãy tự xóa các trang mới của kế hoạch.)',
  'error.unknownMetric': 'chỉ số không xác định (cần một trong: {metrics})',
  'error.costTwice': '{metric} của {month} được nhập hai lần (cost được hiểu là media_spend)',
  'error.metricTwice': '{metric} được nhập hai lần',
  'error.valueTwice': '{metric} của {month} được nhập hai lần',
  'error.valueTwiceOnChannel': '{metric} của {month} trên kênh {channel} được nhập hai lần',
  'error.unknownChannel': 'kênh không xác định "{channel}" (các kênh của kế hoạch: {channels})',
  'error.none': 'không có',
  'warning.channelKind':
    '“{name}” không phải kênh planbook biết: được coi là kênh sở hữu. Ghi "kind": "paid" cho kênh trả phí (chi tiêu sẽ được kiểm tra hằng tuần) hoặc "earned".',
  'warning.taskAfterPlan':
    '{id} kết thúc vào {end}, sau khi kế hoạch kết thúc ({planEnd}), nên biểu đồ Gantt không hiển thị hết công việc này; hãy kéo dài period.weeks hoặc rút ngắn các công việc trước nó',
  'warning.moreTasksAfterPlan': 'thêm {count} công việc kết thúc sau khi kế hoạch kết thúc',
  'warning.legacyCost':
    'chi phí giờ gồm hai phần: giá trị này được hiểu là media_spend (khoản các nền tảng quảng cáo tính phí); hãy ghi phí đại lý, công cụ và sản xuất vào other_cost',
  'what.value': 'giá trị',
  'what.channels': 'kênh',
  'what.tasks': 'công việc',
  'what.objectives': 'mục tiêu',
  'what.results': 'dòng kết quả',
  'what.weeks': 'độ dài kế hoạch tính bằng tuần (tối đa 3 năm)',
  'what.tolerance': 'dung sai',
  'what.budget': 'ngân sách',
  'what.baseline': 'mức cơ sở',
  'what.target': 'chỉ tiêu',
  'what.actual': 'số thực tế',
  'what.weight': 'hệ số',
  'what.days': 'số ngày',
  'what.lag': 'độ trễ',
  'what.buffer': 'thời gian dự phòng',
  'what.progress': 'tiến độ',
  'what.grossMargin': 'biên lợi nhuận gộp (tỷ lệ trên doanh thu, từ 0 đến 1)',
  'what.purchasesPerYear': 'số lần mua của mỗi khách hàng trong một năm',
  'what.lifespanYears': 'số năm một khách hàng gắn bó',
  'error.dayOff':
    '{date} là ngày nghỉ theo lịch của kế hoạch (cuối tuần hoặc ngày lễ); hãy bắt đầu công việc vào ngày làm việc, ví dụ {next}',
  'error.beforePlanStart':
    'các liên kết khiến công việc bắt đầu vào {start}, trước khi kế hoạch bắt đầu ({planStart}); hãy giảm thời gian làm sớm hoặc dời các công việc trước nó',
  'error.tooManyLinks': '{count} liên kết; một công việc chỉ được nối tiếp tối đa {max} công việc',
  'error.emptyLink': 'liên kết trống; hãy ghi mã công việc như T3 hoặc T3FS+2',
  'error.linkForm':
    'không phải liên kết hợp lệ; hãy ghi mã công việc, có thể thêm FS, SS, FF hoặc SF và độ trễ như +2 hoặc -1 (T3FS+2)',
  'error.lagTooLong': 'độ trễ {lag} ngày làm việc; tối đa {max} theo mỗi chiều',
  'error.linkedTwice': 'công việc đã nối tiếp {id}; mỗi công việc trước chỉ cần một liên kết',
  'error.country':
    '"{code}" không phải mã quốc gia planbook hỗ trợ; hãy dùng mã ISO hai chữ cái, như VN, IR hoặc CN',
  'error.noWorkingDay':
    'không có ngày làm việc nào; hãy liệt kê ít nhất một ngày trong tuần (mon … sun)',
  'what.links': 'liên kết',
  'what.workingDays': 'ngày làm việc',
  'what.holidays': 'ngày nghỉ',
  'what.internalLead': 'số ngày hạn nội bộ sớm hơn',
};
