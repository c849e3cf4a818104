import type { collab as en } from '../en/collab';

/** 协作项目的文案: 无法读取而暂存一旁的部分、操作记录, 以及应用中提供修复的提示条。 */
export const collab: Record<keyof typeof en, string> = {
  'collab.what.document': '本项目',
  'collab.what.deal': '本项目',
  'collab.what.team': '一位团队成员',
  'collab.what.person': '一位人物',
  'collab.what.line': '一条关系线',
  'collab.what.snapshot': '一个快照',
  'collab.named.document': '项目“{name}”',
  'collab.named.deal': '项目“{name}”',
  'collab.named.team': '团队成员“{name}”',
  'collab.named.person': '“{name}”',
  'collab.named.line': '关系线 {name}',
  'collab.named.snapshot': '快照“{name}”',

  'collab.value.nothing': '空值',
  'collab.value.list': '一个列表',
  'collab.value.object': '一组字段',

  'collab.setAside.unreadable': '{subject}: 记录无法读取 (内容为{value}), 已从图中移出。',
  'collab.setAside.missing_id': '{subject}: 记录没有可用的 id, 已从图中移出。',
  'collab.setAside.repairedId': '{subject}: 记录写的是另一个 id ({value}), 已改用本项目自己的 id。',
  'collab.setAside.duplicate_id': '{subject}: 与另一条记录的 id 重复, 已从图中移出。',
  'collab.setAside.invalid_field': '{subject}: {field}的值为{value}, 不是有效值; 现显示为{shownAs}。',
  'collab.setAside.invalid_name': '{subject}: 姓名的值为{value}, 不是有效的姓名; 现显示为“{shownAs}”。',
  'collab.setAside.invalid_record': '{subject}: 记录中有无法读取的值, 已从图中移出。',
  'collab.setAside.unknown_person': '{subject}: 所连的人物不在图中 (可能已删除), 已移出。',
  'collab.setAside.self_line': '{subject}: 把一个人物连到了其本人, 已移出。',
  'collab.setAside.unknown_owner': '{subject}: 负责人已不是我方团队成员; 现显示为无人负责。',
  'collab.setAside.forbidden': '本项目含有 {value} 个名为“__proto__”的键, 这是不允许的; 已移出。',

  'collab.trail.subject.deal': '本项目',
  'collab.trail.subject.line': '关系线 {name}',
  'collab.trail.set': '将{subject}的{field}设为{value}',
  'collab.trail.renameDeal': '将项目重命名为{value}',
  'collab.trail.changed': '修改了{subject}的{field}: {changes}',
  'collab.trail.partSeparator': '; ',
  'collab.trail.add': '添加了{subject}',
  'collab.trail.delete': '删除了{subject}',
  'collab.trail.restore': '恢复了{subject}',
  'collab.trail.snapshot': '拍了快照“{name}”',

  'collab.banner.title.one': '本项目有 1 处无法读取, 已暂存一旁; 其余内容已打开。',
  'collab.banner.title.other': '本项目有 {count} 处无法读取, 已暂存一旁; 其余内容已打开。',
  'collab.banner.export': '保存暂存的部分 (JSON)',
  'collab.banner.repair': '修复: 按当前显示保存项目',
  'collab.banner.repairHint':
    '修复会按这里显示的样子保存项目: 每个损坏的值改为当前显示的值, 无法读取的记录将被删除。请先保存暂存的部分, 以留下它们的原值。',
  'collab.banner.repaired': '项目已修复, 已按显示的样子保存。',
} as const;
