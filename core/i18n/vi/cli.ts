/** Vietnamese: the planbook command's help and messages, and the plan's limits as they state them. */
import type { MessagesOf } from '../types';
export const cli: MessagesOf<'cli'> = {
  'cli.usage': `Cách dùng: planbook [tùy chọn]
       planbook read plan.xlsx [--out plan.json]
       planbook update plan.xlsx [tùy chọn] --out new.xlsx

Ghi một bảng tính kế hoạch marketing số (.xlsx). Nếu không có dữ liệu đầu vào, lệnh ghi một kế hoạch mẫu.

Tùy chọn:
  --input <plan.json>    dữ liệu đầu vào của kế hoạch (xem định dạng JSON của kế hoạch trong README)
  --framework <id>       {frameworks}
  --language <mã>        {languages}; cũng là ngôn ngữ của các thông báo này
  --start <YYYY-MM-DD>   ngày đầu tiên của kế hoạch
  --weeks <n>            độ dài kế hoạch tính bằng tuần (1-{maxWeeks})
  --timeline <thang>     {timelines}
  --report-date <ngày>   ngày mà trang Kiểm soát dùng làm mốc đo (YYYY-MM-DD)
  --out <tệp.xlsx>       nơi ghi tệp (mặc định plan.xlsx)
  --help                 hiện trợ giúp này

Các cờ ghi đè những trường tương ứng của --input. Khi không có --input và không có cờ kế hoạch
nào, lệnh ghi kế hoạch mẫu (một quán trà, bằng ngôn ngữ của --language); khi có cờ kế hoạch,
lệnh ghi một kế hoạch khởi tạo từ các giá trị mặc định của mô hình.

{limits}

Bảng tính được ghi vào một tệp tạm bên cạnh --out rồi đổi tên vào đúng chỗ. Nếu --out là một
liên kết của chính bạn, tệp được ghi xuyên qua tới đích của liên kết; --out không được là tệp --input.`,
  'cli.limits': `Giới hạn: tối đa {weeks} tuần, {tasks} công việc, {channels} kênh, {objectives} mục tiêu và {results} dòng kết quả theo kênh;
ngày từ {firstDate} đến {lastDate} (kể cả ngày kết thúc của mọi công việc, chậm nhất {yearsAfter} năm sau khi kế hoạch kết thúc); các khoản tiền (ngân sách, mức cơ sở,
chỉ tiêu, số thực tế) có độ lớn tối đa {amountMax} và bằng 0 hoặc ít nhất {amountMin};
một công việc kéo dài tối đa {taskDays} ngày làm việc, có tối đa {links} liên kết, độ trễ hoặc làm sớm tối đa {lagDays} ngày và thời gian dự phòng tối đa {lagDays} ngày; tối đa {holidays} ngày nghỉ.`,
  'cli.unknownOption': '{flag}: tùy chọn không xác định (xem --help)',
  'cli.unexpectedArgument': '{arg}: đối số không mong đợi (tùy chọn bắt đầu bằng --; xem --help)',
  'cli.needsValue': '{flag}: cần một giá trị',
  'cli.weeksNotWhole': '--weeks: cần một số tuần nguyên, nhận được "{value}"',
  'cli.outNotXlsx': '--out: tên tệp phải kết thúc bằng .xlsx, nhận được "{value}"',
  'cli.fromFlag': ' (từ {flag})',
  'cli.warning': 'cảnh báo: {message}',
  'cli.update.usage':
    'Cách dùng: planbook update plan.xlsx [--framework …] [--language …] [--start …] [--weeks …] [--timeline …] [--report-date …] --out new.xlsx',
  'cli.update.noInput': '--input: lệnh cập nhật đọc kế hoạch từ chính bảng tính được đưa vào',
  'cli.update.needsOut':
    '--out: lệnh cập nhật ghi một bảng tính mới và không bao giờ ghi đè bảng tính nó đọc; hãy đặt tên bằng --out',
  'cli.update.cellDropped':
    'không chuyển sang: {value} ở ô {cell} của trang {sheet} (thay đổi này bố trí lại trang đó)',
  'cli.update.stageMoved':
    '{id}: khung mới không có giai đoạn “{stage}”; công việc được xếp vào “{to}”',
  'cli.update.sheetsLeft': 'các trang bạn thêm chỉ còn trong bảng tính cũ: {parts}',
  'cli.read.usage':
    'Cách dùng: planbook read plan.xlsx [--out plan.json]: JSON của kế hoạch được dựng lại từ bảng tính do planbook tạo, ra đầu ra chuẩn khi không có --out',
  'cli.read.cannot': 'không đọc được {file}: {reason}',
  'cli.read.notXlsx':
    '{file} không phải bảng tính .xlsx (bị hỏng, có mật khẩu hoặc là loại tệp khác)',
  'cli.read.tooBig': '{file} nặng {size} MB; planbook chỉ đọc bảng tính tối đa {limit} MB',
  'cli.read.outNotJson': '--out {value}: kế hoạch được ghi thành tệp .json',
  'cli.read.twice': '{flag} được nhập hai lần',
  'cli.read.notRead':
    'các trang bạn thêm vẫn nằm trong bảng tính nhưng không được đọc vào kế hoạch: {parts}',
  'cli.read.wrote':
    'Đã đọc {file}: {tasks} công việc, {channels} kênh, {objectives} mục tiêu; đã ghi {out}',
  'cli.cannotWrite': '--out: không thể ghi {file}: {reason}',
  'cli.cannotRead': '--input: không thể đọc {file}: {reason}',
  'cli.notJson': '--input: {file} không phải JSON hợp lệ: {reason}',
  'cli.wrote': 'Đã ghi {file} trong {seconds} giây',
  'cli.sheets': '  trang tính: {count} ({titles})',
  'cli.tasks': '  công việc:  {count}',
  'cli.kpis': '  KPI:        {count}',
  'cli.out.foreignLink':
    '--out: {file} là liên kết do người dùng khác tạo; từ chối đi theo liên kết này',
  'cli.out.danglingLink': '--out: {file} là liên kết tới một tệp không tồn tại',
  'cli.out.noFolder': '--out: không thể ghi {file}: thư mục {folder} không tồn tại',
  'cli.out.notFolder': '--out: không thể ghi {file}: {folder} không phải là thư mục',
  'cli.out.notWritable': '--out: không thể ghi {file}: không có quyền ghi vào thư mục {folder}',
  'cli.out.notFile': '--out: {file} đã tồn tại và không phải là tệp',
  'cli.out.isInput':
    '--out: {file} chính là tệp --input; ghi vào đó sẽ thay kế hoạch bằng bảng tính',
  'cli.reason.ENOSPC': 'ổ đĩa đã đầy',
  'cli.reason.EDQUOT': 'đã dùng hết hạn mức dung lượng đĩa',
  'cli.reason.EACCES': 'không có quyền truy cập',
  'cli.reason.EPERM': 'không có quyền truy cập',
  'cli.reason.EROFS': 'ổ đĩa chỉ cho phép đọc',
  'cli.reason.EISDIR': 'đó là một thư mục',
};
