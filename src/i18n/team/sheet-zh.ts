// What reading an .xlsx sheet says (zh-CN), loaded only when a workbook is opened.
import type { Templates } from '../../lib/scoring/index.ts';
import type { SheetKey } from '../../lib/team-xlsx/index.ts';

/** What reading an .xlsx sheet says; lists are joined with `sep`. */
export const sheet: Templates<SheetKey> = {
  sheetEmpty: '工作表「{sheet}」是空的:没有找到表头。请选择填好的工作表,或下载模板填写。',
  headerMerged:
    '工作表「{sheet}」第 {row} 行(表头)有合并单元格:{cells}。合并后只有第一格有表头,其余各列无法识别。请取消合并,让每一列只有一个表头(可下载模板对照),再上传。',
  notTemplate:
    '工作表「{sheet}」不是「{title}」的模板:缺少的列:{missing};无法识别的列:{unknown}。请下载这张考核表的模板填写,或选择另一张工作表。',
  mergedCell: '{cell} 是合并单元格:只有左上角一格有值,其余格按空白处理。',
  dateCell:
    '{cell}({header})是日期 {date},不是数字。请把这一格的格式改为“常规”或“数值”后重新填写。',
  textCell: '{cell}({header})以文本存储,内容“{value}”不是数字。请只填写数字。',
  textNumbers: '{n} 格数字以文本形式存储({cells}),已按数字读取。',
  emptyRows: '{rows}是空行,已跳过。',
  row: '第 {n} 行',
  sep: '、',
  none: '无',
};
