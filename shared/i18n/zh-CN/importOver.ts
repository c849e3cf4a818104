import type { importOver as en } from '../en/importOver';

/** 导入的文件所属项目已在项目库中: 询问与选项。 */
export const importOver: Record<keyof typeof en, string> = {
  'importOver.title': '“{deal}”已在项目库中',
  'importOver.body': '文件“{file}”包含此项目的关系图。要如何导入?',
  'importOver.replace': '替换“{deal}”的关系图',
  'importOver.replaceHint': '当前关系图会保存为快照; 文件中的快照并入历史。',
  'importOver.new': '作为新项目导入',
  'importOver.newHint': '两个项目都保留在项目库中, 各有自己的历史。',
  'importOver.cancel': '取消',
  'importOver.replaced': '已替换“{name}”的关系图。之前的关系图已保存为快照“{label}”。',
  'importOver.unreadable': '无法读取项目库中的“{name}”, 因此文件已作为新项目导入。',
};
