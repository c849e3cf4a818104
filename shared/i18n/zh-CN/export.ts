import type { exportMessages as en } from '../en/export';

/** 导出与 CSV 导入用语: 图的标题区 (图例用语在 legend.ts, 与画布共用)、干系人表的列名、匿名占位名、导入的逐行提示。术语依照术语表。 */
export const exportMessages: Record<keyof typeof en, string> = {
  // 图: 标题区
  'export.title.account': '客户: {account}',
  'export.title.stage': '采购流程阶段: {stage}',
  'export.title.date': '截至 {date}',
  'export.map.empty': '图中还没有人物。',
  'export.map.label': '客户采购组织关系图: {deal}',

  // 干系人表 (CSV 列名)
  'export.column.name': '姓名',
  'export.column.title': '职务',
  'export.column.department': '部门',
  'export.column.function': '职能',
  'export.column.level': '层级',
  'export.column.roles': '采购角色',
  'export.column.attitude': '态度',
  'export.column.closeness': '联系',
  'export.column.stage': '关系阶段',
  'export.column.influence': '影响项目的比重 (%)',
  'export.column.style': '个性风格',
  'export.column.owner': '负责人',
  'export.column.lastContact': '上次联系',
  'export.column.interests.organizational': '组织利益',
  'export.column.interests.position': '职位利益',
  'export.column.interests.personal': '个人利益',
  'export.column.notes': '备注',

  // 匿名版本
  'export.anon.person': '人物 {n}',
  'export.anon.personRole': '人物 {n} ({role})',
  'export.anon.repeat': '{name} ({n})',
  'export.anon.member': '我方成员 {n}',
  'export.anon.account': '客户',
  'export.anon.deal': '项目',

  // CSV 导入: 列对应与预览
  'csvImport.noNameColumn': '没有列对应到姓名: 每个人物都需要姓名。',
  'csvImport.encoding.lossy': '部分字符无法按 {encoding} 读取, 已被替换。',
  'csvImport.summary': '{add}，{duplicates}，{errors}，{warnings}。',
  'csvImport.summary.add': '将添加 {count} 人',
  'csvImport.summary.duplicates.one': '重复 1 行',
  'csvImport.summary.duplicates.other': '重复 {count} 行',
  'csvImport.summary.errors.one': '有错误 1 行',
  'csvImport.summary.errors.other': '有错误 {count} 行',
  'csvImport.summary.warnings.one': '提示 1 条',
  'csvImport.summary.warnings.other': '提示 {count} 条',
  'csvImport.row': '第 {row} 行, {column}: {message}',
  'csvImport.rowOnly': '第 {row} 行: {message}',
  'csvImport.error.nameBlank': '姓名为空, 此行不导入。',
  'csvImport.error.unknownValue': '"{value}" 不是以下之一: {allowed}。保留为{fallback}。',
  'csvImport.error.unknownRole': '"{value}" 不是采购角色 ({allowed}), 已忽略。',
  'csvImport.error.influenceNumber': '"{value}" 不是 0 到 100 的百分比, 保留为未评估。',
  'csvImport.error.influenceRange': '{value} 超出 0 到 100%, 保留为未评估。',
  'csvImport.error.date': '"{value}" 不是日期 (YYYY-MM-DD、YYYY/M/D 或 YYYY.M.D), 保留为空。',
  'csvImport.error.unknownOwner': '我方团队中没有名为 "{value}" 的成员, 负责人保留为空。',
  'csvImport.error.extraCells': '此行有 {count} 个单元格, 多于表头的 {columns} 列, 多出的单元格已忽略。',
  'csvImport.duplicate.existing': '{name} ({title}) 已在图中, 不再重复添加。',
  'csvImport.duplicate.earlier': '{name} ({title}) 与第 {earlier} 行重复, 不再重复添加。',
  'csvImport.duplicate.noTitle': '无职务',
} as const;
