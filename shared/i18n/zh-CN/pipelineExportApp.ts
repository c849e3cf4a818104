import type { pipelineExportApp as en } from '../en/pipelineExportApp';

/** 从销售管道导出: 当前筛选所选项目的评审资料包和管道 CSV, 其对话框, 资料包的打印视图。 */
export const pipelineExportApp: Readonly<Record<keyof typeof en, string>> = {
  'action.pipeline.exportPack': '导出评审资料包…',
  'action.pipeline.exportCsv': '导出管道 CSV…',

  'pipelineExportApp.button.pack': '评审资料包…',
  'pipelineExportApp.button.csv': 'CSV…',
  'pipelineExportApp.dialog.pack': '导出评审资料包',
  'pipelineExportApp.dialog.csv': '将销售管道导出为 CSV',
  'pipelineExportApp.dialog.deals.one': '当前筛选所选的 {count} 个项目, 按评审顺序排列。',
  'pipelineExportApp.dialog.deals.other': '当前筛选所选的 {count} 个项目, 按评审顺序排列。',
  'pipelineExportApp.dialog.packHint': 'A4 横向: 目录、管道表、按币种的合计、本季度的图表, 然后是每个项目的评审表。',
  'pipelineExportApp.dialog.csvHint': '每个项目一行, 然后是按币种的合计。UTF-8 带字节顺序标记, Excel 可正确读取中文。',
  'pipelineExportApp.fileBase.pack': '评审资料包',
  'pipelineExportApp.fileBase.csv': '销售管道',
  'pipelineExportApp.unread.one':
    '有 {count} 个项目无法读取, 因此未导出任何内容: {names}。团队项目需先在本机打开一次, 才能导出。',
  'pipelineExportApp.unread.other':
    '有 {count} 个项目无法读取, 因此未导出任何内容: {names}。团队项目需先在本机打开一次, 才能导出。',
  'pipelineExportApp.print.toolbar': '评审资料包',
  'pipelineExportApp.print.back': '返回销售管道',
};
