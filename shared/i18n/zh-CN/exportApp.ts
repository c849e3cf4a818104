/**
 * 从应用导出 (简体中文): 导出操作与对话框、项目评审表的打印视图、桌面端导出的保存对话框、最近打开的文件。
 */
import type { exportApp as en } from '../en/exportApp';

export const exportApp: Readonly<Record<keyof typeof en, string>> = {
  'action.file.export': '导出…',

  // 导出对话框
  'exportApp.dialog.title': '导出“{deal}”',
  'exportApp.format': '格式',
  'exportApp.format.png': '关系图 PNG 图片 (2 倍)',
  'exportApp.format.svg': '关系图 SVG 矢量图',
  'exportApp.format.pdf': 'PDF 项目评审表',
  'exportApp.format.pptx': 'PowerPoint 演示文稿 (.pptx)',
  'exportApp.format.csv': 'CSV 干系人表',
  'exportApp.format.powermap': '.powermap 文件',
  'exportApp.options': '包含内容',
  'exportApp.includePersonal': '包含个人字段 (利益、备注)',
  'exportApp.includePersonal.hint': '不勾选时, 不导出每个人的利益和备注。',
  'exportApp.anonymous': '匿名 (以职务代替姓名)',
  'exportApp.anonymous.hint': '用于团队外分享: 人员以职务和部门称呼, 我方团队和客户以占位名称代替。',
  'exportApp.fileName': '文件名: {name}',
  'exportApp.export': '导出',
  'exportApp.cancel': '取消',
  'exportApp.done': '已导出 {name}。',
  'exportApp.failed': '导出失败: {message}',

  // 项目评审表的打印视图
  'exportApp.print.print': '打印 / 另存为 PDF',
  'exportApp.print.savePdf': '另存为 PDF…',
  'exportApp.print.back': '返回关系图',
  'exportApp.print.toolbar': '项目评审表',
  'exportApp.print.mapAlt': '采购组织关系图',

  // 桌面端: 保存对话框与最近打开的文件
  'exportApp.dialog.saveTitle': '保存导出文件',
  'exportApp.filter.png': 'PNG 图片',
  'exportApp.filter.svg': 'SVG 矢量图',
  'exportApp.filter.pdf': 'PDF 文档',
  'exportApp.filter.pptx': 'PowerPoint 演示文稿',
  'exportApp.filter.csv': 'CSV 表格',
  'exportApp.filter.powermap': 'Powermap 关系图',
  'exportApp.menu.openRecent': '最近打开',
  'exportApp.menu.clearRecent': '清除最近记录',
  'exportApp.menu.noRecent': '没有最近打开的文件',
};
