import type { csvImportApp as en } from '../en/csvImportApp';

/** 应用中从 CRM 导出的 CSV 导入联系人: 对话框的三步 (文件、列对应、预览) 与导入后的提示。 */
export const csvImportApp: Record<keyof typeof en, string> = {
  'csvImportApp.title': '从 CSV 导入联系人',
  'csvImportApp.stepOf': '第 {step} 步 (共 3 步): {name}',
  'csvImportApp.step.file': '选择文件',
  'csvImportApp.step.mapping': '对应各列',
  'csvImportApp.step.preview': '检查各行',
  'csvImportApp.cancel': '取消',
  'csvImportApp.back': '上一步',
  'csvImportApp.next': '预览',
  'csvImportApp.import': '添加到关系图 ({count})',

  // 第 1 步: 文件
  'csvImportApp.file.intro':
    '从 CRM 把联系人导出为 CSV: 每人一行, 第一行是列名。文件只在本机读取, 不会发送到任何地方。',
  'csvImportApp.file.choose': 'CSV 文件',
  'csvImportApp.file.limit':
    '最大 {limit} MB。支持 UTF-8、GB18030 (GBK) 或 UTF-16 编码; 字段之间用逗号、分号或制表符分隔。',
  'csvImportApp.file.tooLarge': '“{file}” 有 {size} MB, 超过 {limit} MB 的文件不能导入。请从 CRM 导出较少的行或列。',
  'csvImportApp.file.unreadable': '无法读取“{file}”。',
  'csvImportApp.file.empty': '“{file}” 是空文件。',
  'csvImportApp.file.noRows': '“{file}” 只有表头, 没有联系人。',

  // 第 2 步: 列对应
  'csvImportApp.source.rows': '“{file}”, 数据行: {rows}',
  'csvImportApp.encoding': '编码',
  'csvImportApp.encoding.detected': '{encoding} (自动识别)',
  'csvImportApp.encoding.utf-8': 'UTF-8',
  'csvImportApp.encoding.utf-8-bom': 'UTF-8 (带 BOM)',
  'csvImportApp.encoding.gb18030': 'GB18030 (GBK)',
  'csvImportApp.encoding.utf-16le': 'UTF-16 LE',
  'csvImportApp.encoding.utf-16be': 'UTF-16 BE',
  'csvImportApp.encoding.hint': '如果姓名显示为乱码, 请换一种编码。',
  'csvImportApp.delimiter': '分隔符',
  'csvImportApp.delimiter.comma': '逗号',
  'csvImportApp.delimiter.semicolon': '分号',
  'csvImportApp.delimiter.tab': '制表符',
  'csvImportApp.mapping.intro': '已按列名把各列对应到字段。请检查对应关系; 设为“不导入”的列会被忽略。',
  'csvImportApp.mapping.caption': '文件的各列及其对应的字段',
  'csvImportApp.mapping.column': '列',
  'csvImportApp.mapping.samples': '示例值',
  'csvImportApp.mapping.field': '导入到',
  'csvImportApp.mapping.fieldFor': '“{column}”列对应的字段',
  'csvImportApp.mapping.ignore': '不导入',
  'csvImportApp.mapping.noHeader': '第 {n} 列',
  'csvImportApp.mapping.noSamples': '空',
  'csvImportApp.mapping.noName': '没有列对应到{field}: 请选择存放每个人姓名的列。',
  'csvImportApp.mapping.sameField': '{columns} 都对应到{field}: 请只保留一列, 其余设为“不导入”。',

  // 第 3 步: 预览
  'csvImportApp.preview.caption': '文件中每一行的处理结果',
  'csvImportApp.preview.row': '行',
  'csvImportApp.preview.name': '姓名',
  'csvImportApp.preview.status': '结果',
  'csvImportApp.preview.problems': '问题',
  'csvImportApp.preview.show': '显示',
  'csvImportApp.preview.showAll': '全部行',
  'csvImportApp.preview.showProblems': '有问题的行',
  'csvImportApp.preview.more': '另有 {count} 行未显示。',
  'csvImportApp.preview.noProblems': '没有任何行有问题。',
  'csvImportApp.preview.duplicates': '姓名和职务与关系图中某人或前面某行相同的行视为重复, 不会添加。',
  'csvImportApp.preview.nothing': '没有可以添加的行。请返回检查列对应, 或在 CRM 中修正文件。',
  'csvImportApp.status.add': '将添加',
  'csvImportApp.status.addWarned': '将添加, 有提示',
  'csvImportApp.status.duplicate': '重复, 不添加',
  'csvImportApp.status.error': '有错误, 不导入',
  'csvImportApp.status.blank': '空行, 跳过',

  // 导入之后
  'csvImportApp.done.one': '已从“{file}”添加 1 人。',
  'csvImportApp.done.other': '已从“{file}”添加 {count} 人。',
  'csvImportApp.done.skipped': '未导入: 重复 {duplicates} 行, 有错误 {errors} 行。',
  'csvImportApp.done.then': '{done}{skipped}',
  'csvImportApp.undo': '撤销',
};
