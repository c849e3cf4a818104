import type { desktop as en } from '../en/desktop';

/** 桌面外壳: 文件对话框、外壳自己的菜单项、错误提示。 */
export const desktop: Record<keyof typeof en, string> = {
  'desktop.dialog.openTitle': '打开 .powermap 文件',
  'desktop.dialog.saveTitle': '保存 .powermap 文件',
  'desktop.filter.powermap': 'Powermap 关系图',
  'desktop.filter.json': 'JSON 文件',
  'desktop.menu.window': '窗口',
  'desktop.menu.help': '帮助',
  'desktop.menu.about': '关于 Powermap',
  'desktop.menu.services': '服务',
  'desktop.menu.hide': '隐藏 Powermap',
  'desktop.menu.hideOthers': '隐藏其他',
  'desktop.menu.showAll': '全部显示',
  'desktop.menu.quit': '退出 Powermap',
  'desktop.menu.reload': '重新加载',
  'desktop.menu.devTools': '开发者工具',
  'desktop.error.tooLarge': '文件“{name}”大小为 {size} MB; Powermap 只能打开不超过 {limit} MB 的文件。',
  'desktop.error.notFound': '找不到文件“{name}”。',
  'desktop.error.isDirectory': '“{name}”是文件夹, 不是文件。',
  'desktop.error.permission': 'Powermap 没有读取“{name}”的权限。',
  'desktop.error.notUtf8': '文件“{name}”不是 UTF-8 文本, 因此不是 .powermap 文件。',
  'desktop.error.readFailed': '无法读取文件“{name}” ({detail})。',
  'desktop.error.writeFailed': '无法保存文件“{name}” ({detail})。磁盘上的文件未被改动。',
  'desktop.error.startTitle': 'Powermap 无法启动',
  'desktop.error.startBody': '无法加载应用窗口 ({detail})。重新安装 Powermap 或许能解决。',
};
