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
  'pipelineExportApp.reading': '正在读取项目…',
  'pipelineExportApp.fetching': '正在从服务器获取团队项目: 第 {done} 个, 共 {total} 个…',
  'pipelineExportApp.fetchingHint': '这些项目从未在本机打开过。点击取消将停止导出。',
  'pipelineExportApp.missing.offline.one': '有 {count} 个团队项目无法获取, 因为无法连接服务器: {names}。',
  'pipelineExportApp.missing.offline.other': '有 {count} 个团队项目无法获取, 因为无法连接服务器: {names}。',
  'pipelineExportApp.missing.refused.one': '服务器拒绝了 {count} 个项目, 这些项目已不再与您共享: {names}。',
  'pipelineExportApp.missing.refused.other': '服务器拒绝了 {count} 个项目, 这些项目已不再与您共享: {names}。',
  'pipelineExportApp.missing.unreadable.one': '有 {count} 个项目无法在本机读取: {names}。',
  'pipelineExportApp.missing.unreadable.other': '有 {count} 个项目无法在本机读取: {names}。',
  'pipelineExportApp.missing.confirm.one': '不含这些项目, 导出其余 {count} 个项目吗? 文件中不会提及缺少的项目。',
  'pipelineExportApp.missing.confirm.other': '不含这些项目, 导出其余 {count} 个项目吗? 文件中不会提及缺少的项目。',
  'pipelineExportApp.missing.nothing': '没有可读取的项目, 因此未导出任何内容。',
  'pipelineExportApp.missing.exportRest': '导出其余项目',
  'pipelineExportApp.print.toolbar': '评审资料包',
  'pipelineExportApp.print.back': '返回销售管道',
};
