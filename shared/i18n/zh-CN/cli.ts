import type { cli as en } from '../en/cli';

/** 命令行措辞。占位符写在花括号中。 */
export const cli: Record<keyof typeof en, string> = {
  // 帮助与版本
  'cli.version': 'powermap {version}',
  'cli.help.main': `用法: powermap 命令 [选项]

找出大客户项目中谁在做决定: 覆盖缺口和有依据的赢率估计。

命令:
  validate 文件      检查文件是否为有效的 Powermap 文档
  analyze 文件       分析文件中项目的覆盖缺口和赢率
  diff 旧文件 新文件 比较一张权力地图的两个版本
  diff 文件 --from 版本 [--to 版本]
                     比较文件历史中的两个版本
  export 文件 --format svg|png|pdf|pptx|csv -o 输出文件
                     导出关系图、项目评审表、演示文稿或干系人表
  pipeline 文件…|目录
                     一览所有项目: 状态、赢率、变化、合计
  help [命令]        显示本帮助, 或某个命令的帮助

选项:
  --lang en|zh-CN    输出语言 (默认取自 LC_ALL 或 LANG)
  -h, --help         显示帮助
  --version          显示版本

退出码: 0 成功, 1 输入有误, 2 用法错误。
运行 "powermap help 命令" 查看某个命令的选项。`,
  'cli.help.validate': `用法: powermap validate 文件 [--lang en|zh-CN]

检查文件是否为有效的 Powermap 文档。有效时输出一行说明并以 0 退出;
否则在标准错误输出中逐条列出问题及其位置, 并以 1 退出。`,
  'cli.help.analyze': `用法: powermap analyze 文件 [--json] [--lang en|zh-CN] [--as-of YYYY-MM-DD]

显示项目的赢率 (估计值) 及其构成, 以及按严重程度分组的覆盖缺口和建议行动。

选项:
  --json               输出一个 JSON 对象: winLikelihood、explanation、gaps
  --lang en|zh-CN      输出语言, 也是 JSON 中说明文字的语言
  --as-of YYYY-MM-DD   分析日期, 用于检查最近联系时间 (默认: 今天)`,
  'cli.help.diff': `用法: powermap diff 旧文件 新文件 [--json] [--lang en|zh-CN] [--as-of YYYY-MM-DD]
      powermap diff 文件 --from 版本 [--to 版本] [--json] [--lang en|zh-CN] [--as-of YYYY-MM-DD]

比较一张权力地图的两个版本: 赢率的变化、引起变化的因素及每项变化带来多少个百分点,
新增、移除和变更的人员与关系, 新出现和已关闭的缺口。

第二种形式比较同一文件历史中的两个版本。版本可以是 "current" (当前关系图)、
快照的 id、#N (第 N 个快照, #1 为最早的) 或快照的标签, 按此顺序查找。

选项:
  --from 版本          较早的版本, 取自文件的历史
  --to 版本            较新的版本 (默认: current)
  --json               以一个 JSON 对象输出比较结果, 包括赢率归因
  --lang en|zh-CN      输出语言
  --as-of YYYY-MM-DD   两个版本共用的分析日期 (默认: 今天)`,
  'cli.help.export': `用法: powermap export 文件 --format svg|png|pdf|pptx|csv -o 输出文件
         [--include-personal] [--anonymous] [--lang en|zh-CN] [--as-of YYYY-MM-DD] [--font 字体文件]
      powermap export 文件…|文件夹 --format pack|pipeline-csv -o 输出文件 [--since YYYY-MM-DD] [...]

导出文件中的项目, 供项目评审使用:
  svg    关系图 (与应用中的相同)
  png    关系图图片, 两倍尺寸
  pdf    项目评审表, A4 横向: 关系图、赢率及其构成、覆盖缺口与建议行动、干系人表
  pptx   可编辑的 PowerPoint 演示文稿: 人物为形状的关系图、缺口、干系人表
  csv    干系人表 (带字节顺序标记的 UTF-8, 便于 Excel 打开)

或多个文件 (及文件夹中的文档) 中的项目, 供评审会议使用:
  pack          评审资料包, 一个 A4 横向 PDF: 目录、项目管道表、按币种的合计、
                按决策日期的赢单可能性图, 然后是每个项目的评审表
  pipeline-csv  项目管道表及其合计 (带字节顺序标记的 UTF-8)

除非给出 --include-personal, 否则不导出利益和备注。--anonymous 以职务代替姓名,
便于在团队之外分享。

选项:
  --format 格式        svg、png、pdf、pptx、csv、pack 或 pipeline-csv (默认: 取自输出
                       文件的扩展名)
  -o, --output 输出文件 要写入的文件; 要么完整写入, 要么不写。没有此项 (或为 -o -) 时,
                       svg 和 csv 输出到标准输出
  --include-personal   包括利益和备注
  --anonymous          以职务代替姓名
  --lang en|zh-CN      导出内容的语言
  --as-of YYYY-MM-DD   分析日期, 显示在导出内容上 (默认: 今天)
  --since YYYY-MM-DD   pack 和 pipeline-csv: 从此日期起计算变化和合计
  --font 字体文件      pdf 和 png 使用的字体 (也可用 POWERMAP_FONT); 中文需要含中文字符的
                       字体, 已安装时会自动找到`,
  'cli.help.help': `用法: powermap help [命令]

显示总体帮助, 或某个命令 (validate、analyze、diff、export、pipeline) 的帮助。`,

  // 用法错误 (退出码 2)
  'cli.usage.prefix': 'powermap: {message}',
  'cli.usage.hint': '运行 "powermap --help" 查看用法。',
  'cli.usage.hintCommand': '运行 "powermap {command} --help" 查看用法。',
  'cli.usage.noCommand': '没有指定命令。',
  'cli.usage.unknownCommand': '未知命令 "{command}" (可用命令: validate、analyze、diff、export、pipeline、help)。',
  'cli.usage.unknownOption': '未知选项 "{option}"。',
  'cli.usage.optionNotForCommand': '选项 {option} 不适用于 "{command}"。',
  'cli.usage.repeatedOption': '选项 {option} 给出了不止一次。',
  'cli.usage.missingValue': '选项 {option} 需要一个值。',
  'cli.usage.noValueExpected': '选项 {option} 不接受值。',
  'cli.usage.badLang': '未知语言 "{value}"; 请使用 en 或 zh-CN。',
  'cli.usage.badAsOf': '--as-of 应为 YYYY-MM-DD 格式的有效日期, 实际为 "{value}"。',
  'cli.usage.missingFile': '缺少参数 {name}。',
  'cli.usage.emptyFile': '参数 {name} 不能为空。',
  'cli.usage.extraArgument': '多余的参数 "{value}"。',
  'cli.usage.versionsOneFile': '--from 和 --to 用于比较同一文件中的两个版本; 请只给出一个文件。',
  'cli.usage.toWithoutFrom': '--to 需要与 --from 一起使用: 请用 --from 指定比较的起点版本。',
  'cli.usage.badFormat': '未知格式 "{value}"; 请使用 svg、png、pdf、pptx 或 csv。',
  'cli.usage.missingFormat': '请用 --format svg|png|pdf|pptx|csv 指定格式 (或使输出文件以其中之一为扩展名)。',
  'cli.usage.binaryNeedsOutput': '{format} 文件是二进制文件, 不输出到标准输出; 请用 -o 输出文件 指定要写入的文件。',

  // 输入有误 (退出码 1): 每行为 "文件: 说明"
  'cli.input.line': '{file}: {message}',
  'cli.read.notFound': '文件不存在。',
  'cli.read.isDirectory': '这是一个目录, 不是文件。',
  'cli.read.permission': '没有读取权限。',
  'cli.read.failed': '无法读取 ({detail})。',
  'cli.read.tooLargeStream': '输入超过 {limit} MB; 超过此大小的文档不予打开。',
  'cli.read.invalidUtf8':
    '文件不是 UTF-8 文本 (第 {line} 行, 偏移 {offset} 处的字节 0x{byte}); 请以 UTF-8 编码保存后重试。',
  'cli.ref.unknown': '历史中没有版本 "{ref}"; 请给出 "current"、快照 id、#1 到 #{count} 或快照标签。',
  'cli.ref.unknownEmpty': '没有版本 "{ref}": 历史中没有快照, 只有 "current"。',
  'cli.ref.ambiguous': '有 {count} 个快照的标签为 "{ref}" ({ids}); 请改用其中一个的 id。',
  'cli.problems.more': '… 另有 {count} 个问题。',
  'cli.internalError': 'powermap: 内部错误 ({detail})。这是 Powermap 的缺陷, 请报告。',

  // export
  'cli.export.written': '已写入 {file}。',
  'cli.export.writeFailed': '无法写入 ({detail}); 未写入任何内容。',
  'cli.export.noFont':
    '此文档含有需要中文字体才能显示的文字 (如中文), 但未找到含中文字符的字体。请安装一种 (Debian、Ubuntu: sudo apt-get install fonts-noto-cjk; Fedora: google-noto-sans-cjk-fonts), 或用 --font 字体文件 或 POWERMAP_FONT 指定。未写入任何内容。',
  'cli.export.fontUnreadable': '无法读取字体 {font} (需要 .ttf、.otf 或 .ttc 文件)。未写入任何内容。',
  'cli.export.fontNoCjk':
    '字体 {font} 不含此文档所需的中文字符; 请指定含中文字符的字体 (如 Noto Sans CJK)。未写入任何内容。',

  // validate
  'cli.validate.valid': '{file}: 有效的 Powermap 文档。',
  'cli.validate.validMigrated': '{file}: 有效的 Powermap 文档 (格式版本 {from}, 已按版本 {current} 读取)。',

  // analyze
  'cli.analyze.deal': '{name} · {account}',
  'cli.analyze.context': '采购阶段: {stage} · 分析日期 {date}',
  'cli.analyze.likelihood': '赢率: {value}% (估计)',
  'cli.analyze.explanation': '赢率构成',
  'cli.analyze.base': '基准',
  'cli.analyze.total': '赢率 (估计)',
  'cli.analyze.gaps': '覆盖缺口 ({count})',
  'cli.analyze.noGaps': '没有发现覆盖缺口。',
  'cli.analyze.severity.critical': '严重 ({count})',
  'cli.analyze.severity.warning': '警告 ({count})',
  'cli.analyze.severity.info': '提示 ({count})',
  'cli.analyze.action': '建议: {action}',

  // diff
  'cli.diff.title': '从 {old} 到 {new} 的变化 (分析日期 {date})',
  'cli.diff.versionsTitle': '{file} 中从 {old} 到 {new} 的变化 (分析日期 {date})',
  'cli.version.current': '当前关系图',
  'cli.version.snapshot': '快照 "{label}" ({id}, {takenAt})',
  'cli.version.unlabelled': '快照 {id} ({takenAt})',
  'cli.diff.unchanged': '没有变化。',
  'cli.diff.likelihood': '赢率: {old}% → {new}% ({delta}, 估计)',
  'cli.diff.movedBy': '引起变化的因素:',
  'cli.diff.attribution': '每项变化带来的影响:',
  'cli.diff.attributionMore.one': '… 其他 {count} 项变化',
  'cli.diff.attributionMore.other': '… 其他 {count} 项变化',
  'cli.diff.deal': '项目',
  'cli.diff.team': '我方团队',
  'cli.diff.people': '人员',
  'cli.diff.relationships': '关系',
  'cli.diff.gapsOpened': '新出现的缺口 ({count})',
  'cli.diff.gapsClosed': '已关闭的缺口 ({count})',
  'cli.diff.added': '新增',
  'cli.diff.removed': '移除',
  'cli.diff.improved': '改善',
  'cli.diff.worsened': '恶化',

  // 比较中的取值与字段名
  'cli.value.none': '(无)',
  'cli.value.empty': '(空)',
  'cli.value.outcome': '{result}({closedOn})',
  'cli.value.needsRecord': '{date}: {text}',
  'cli.strength.1': '弱',
  'cli.strength.2': '中',
  'cli.strength.3': '强',
  'cli.field.id': 'id',
  'cli.field.name': '姓名',
  'cli.field.deal.name': '项目名称',
  'cli.field.title': '职务',
  'cli.field.department': '部门',
  'cli.field.function': '职能',
  'cli.field.level': '层级',
  'cli.field.roles': '采购角色',
  'cli.field.attitude': '态度',
  'cli.field.closeness': '联系',
  'cli.field.stage': '关系阶段',
  'cli.field.influence': '影响项目的比重',
  'cli.field.style': '个性风格',
  'cli.field.ownerId': '负责人',
  'cli.field.lastContact': '最近联系',
  'cli.field.interests': '利益',
  'cli.field.interests.organizational': '组织利益',
  'cli.field.interests.position': '职位利益',
  'cli.field.interests.personal': '个人利益',
  'cli.field.notes': '备注',
  'cli.field.position': '图上位置',
  'cli.field.position.x': '图上位置 (x)',
  'cli.field.position.y': '图上位置 (y)',
  'cli.field.role': '角色',
  'cli.field.account': '客户',
  'cli.field.value': '金额',
  'cli.field.currency': '币种',
  'cli.field.decisionDate': '决策日期',
  'cli.field.purchaseStage': '采购阶段',
  'cli.field.qualification': '评估销售机会',
  'cli.field.competitors': '竞争对手',
  'cli.field.salesStep': '销售步骤',
  'cli.field.needsRecord': '书面需求',
  'cli.field.needsRecord.date': '书面需求的日期',
  'cli.field.needsRecord.text': '书面需求的内容',
  'cli.field.standing': '客户选择供应商的要素',
  'cli.field.outcome': '结果',
  'cli.field.outcome.result': '结果',
  'cli.field.outcome.closedOn': '结单日期',
  'cli.field.outcome.reason': '结果原因',
  'cli.field.outcome.note': '结果说明',
  'cli.field.outcome.competitor': '赢单的竞争对手',
  'cli.field.kind': '类型',
  'cli.field.from': '起点',
  'cli.field.to': '终点',
  'cli.field.strength': '强度',
};
