/** Chinese (simplified): the planbook command's help and messages, and the plan's limits as they state them. */
import type { MessagesOf } from '../types';
export const cli: MessagesOf<'cli'> = {
  'cli.usage': `用法：planbook [选项]
       planbook read plan.xlsx [--out plan.json]
       planbook update plan.xlsx [选项] --out new.xlsx

生成一份数字营销计划工作簿（.xlsx）。不提供输入时，生成一份示例计划。

选项：
  --input <计划.json>    计划输入（格式见 README 中关于计划 JSON 的说明）
  --framework <ID>       {frameworks}
  --language <代码>      {languages}；也决定这些提示信息的语言
  --start <YYYY-MM-DD>   计划的第一天
  --weeks <n>            计划时长（周，1-{maxWeeks}）
  --timeline <刻度>      {timelines}
  --report-date <日期>   “控制”表据以衡量进度的日期（YYYY-MM-DD）
  --out <文件.xlsx>      输出位置（默认为 plan.xlsx）
  --help                 显示本帮助

命令行参数会覆盖 --input 中的同名字段。既没有 --input 也没有计划参数时，生成示例计划
（一家茶馆，使用 --language 指定的语言）；有计划参数时，生成以该框架默认内容为基础的计划。

{limits}

工作簿会先写入 --out 旁边的临时文件，再重命名到目标位置。如果 --out 是您自己创建的链接，
则写入它所指向的目标；--out 不能与 --input 是同一个文件。`,
  'cli.limits': `限制：最多 {weeks} 周、{tasks} 项任务、{channels} 个渠道、{objectives} 个目标和 {results} 行渠道结果；
日期须在 {firstDate} 至 {lastDate} 之间（每项任务的结束日期也是如此，且不晚于计划结束后 {yearsAfter} 年）；金额（预算、基线值、
目标值、实际值）的绝对值不超过 {amountMax}，且为 0 或不小于 {amountMin}；
每项任务最多持续 {taskDays} 个工作日，最多 {links} 个依赖，延迟或提前量不超过 {lagDays} 天，缓冲不超过 {lagDays} 天；休息日最多 {holidays} 个。`,
  'cli.unknownOption': '{flag}：未知选项（参见 --help）',
  'cli.unexpectedArgument': '{arg}：多余的参数（选项以 -- 开头；参见 --help）',
  'cli.needsValue': '{flag}：需要一个值',
  'cli.weeksNotWhole': '--weeks：周数应为整数，实际为“{value}”',
  'cli.outNotXlsx': '--out：文件名必须以 .xlsx 结尾，实际为“{value}”',
  'cli.fromFlag': '（来自 {flag}）',
  'cli.warning': '警告：{message}',
  'cli.update.usage':
    '用法：planbook update plan.xlsx [--framework …] [--language …] [--start …] [--weeks …] [--timeline …] [--report-date …] --out new.xlsx',
  'cli.update.noInput': '--input：更新从所给的工作簿读取方案',
  'cli.update.needsOut': '--out：更新会写出新的工作簿，绝不覆盖所读取的工作簿；请用 --out 命名',
  'cli.update.cellDropped': '未沿用：{sheet} 表 {cell} 中的 {value}（此项更改会重新布局该表）',
  'cli.update.stageMoved': '{id}：新框架没有“{stage}”阶段；该任务归入“{to}”',
  'cli.update.sheetsLeft': '您添加的工作表只保留在旧工作簿中：{parts}',
  'cli.read.usage':
    '用法：planbook read plan.xlsx [--out plan.json]：从 planbook 生成的工作簿重建方案 JSON，未给 --out 时输出到标准输出',
  'cli.read.cannot': '无法读取 {file}：{reason}',
  'cli.read.notXlsx': '{file} 不是 .xlsx 工作簿（已损坏、有密码保护或是其他类型的文件）',
  'cli.read.tooBig': '{file} 为 {size} MB；planbook 只读取不超过 {limit} MB 的工作簿',
  'cli.read.outNotJson': '--out {value}：方案写入 .json 文件',
  'cli.read.twice': '{flag} 给出了两次',
  'cli.read.notRead': '您添加的工作表保留在工作簿中，但不读入方案：{parts}',
  'cli.read.wrote':
    '已读取 {file}：{tasks} 项任务、{channels} 个渠道、{objectives} 个目标；已写入 {out}',
  'cli.cannotWrite': '--out：无法写入 {file}：{reason}',
  'cli.cannotRead': '--input：无法读取 {file}：{reason}',
  'cli.notJson': '--input：{file} 不是有效的 JSON：{reason}',
  'cli.wrote': '已写入 {file}，用时 {seconds} 秒',
  'cli.sheets': '  工作表：{count}（{titles}）',
  'cli.tasks': '  任务：  {count}',
  'cli.kpis': '  KPI：   {count}',
  'cli.out.foreignLink': '--out：{file} 是其他用户创建的链接，拒绝跟随',
  'cli.out.danglingLink': '--out：{file} 是指向不存在文件的链接',
  'cli.out.noFolder': '--out：无法写入 {file}：文件夹 {folder} 不存在',
  'cli.out.notFolder': '--out：无法写入 {file}：{folder} 不是文件夹',
  'cli.out.notWritable': '--out：无法写入 {file}：文件夹 {folder} 不可写',
  'cli.out.notFile': '--out：{file} 已存在，但不是文件',
  'cli.out.isInput': '--out：{file} 就是 --input 文件；写入它会用工作簿覆盖计划',
  'cli.reason.ENOSPC': '磁盘已满',
  'cli.reason.EDQUOT': '磁盘配额已用完',
  'cli.reason.EACCES': '权限被拒绝',
  'cli.reason.EPERM': '权限被拒绝',
  'cli.reason.EROFS': '磁盘为只读',
  'cli.reason.EISDIR': '它是一个文件夹',
};
