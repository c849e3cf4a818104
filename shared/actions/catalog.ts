/**
 * Every user action, once: its id, the catalogue key of its label, its keyboard shortcut
 * and where it sits in the menus. The renderer binds each id to what it does; the desktop
 * shell builds its native menus from the same list; the command palette lists it. One
 * registry, so a shortcut, a menu entry and a button can never disagree.
 *
 * Shortcuts: `Mod` is Ctrl (Cmd on macOS); keys are KeyboardEvent.key values, except digits,
 * which match the physical key so that Shift+1 stays "1" on every keyboard layout.
 */
import type { MessageKey } from '../i18n/catalogue';

export const MENUS = ['file', 'edit', 'map', 'person', 'view'] as const;
export type MenuId = (typeof MENUS)[number];

export interface ActionMeta {
  readonly id: ActionId;
  readonly menu: MenuId;
  /** Catalogue key of the label. */
  readonly label: Extract<MessageKey, `action.${string}`>;
  readonly shortcuts: readonly string[];
  /** A separator is drawn before this entry in menus. */
  readonly separatorBefore?: boolean;
  /** Shown in the command palette (all are, unless false). */
  readonly palette?: boolean;
}

export const ACTION_IDS = [
  'deal.new',
  'deal.library',
  'deal.pipeline',
  'deal.review',
  'pipeline.exportPack',
  'pipeline.exportCsv',
  'deal.share',
  'team.signIn',
  'deal.close',
  'deal.reopen',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.importCsv',
  'file.export',
  'edit.undo',
  'edit.redo',
  'edit.cut',
  'edit.copy',
  'edit.paste',
  'edit.delete',
  'edit.selectAll',
  'map.addPerson',
  'map.autoLayout',
  'map.zoomToFit',
  'map.zoomIn',
  'map.zoomOut',
  'person.attitude.champion',
  'person.attitude.supporter',
  'person.attitude.neutral',
  'person.attitude.opponent',
  'person.attitude.blocker',
  'person.attitude.unknown',
  'person.closeness.close',
  'person.closeness.frequent',
  'person.closeness.distant',
  'person.closeness.none',
  'person.delete',
  'whatIf.start',
  'whatIf.keep',
  'whatIf.drop',
  'history.snapshot',
  'view.map',
  'view.grid',
  'view.history',
  'view.trail',
  'view.language',
  'view.palette',
] as const;
export type ActionId = (typeof ACTION_IDS)[number];

export const ACTIONS: readonly ActionMeta[] = [
  { id: 'deal.new', menu: 'file', label: 'action.deal.new', shortcuts: ['Mod+Alt+N'] },
  { id: 'deal.library', menu: 'file', label: 'action.deal.library', shortcuts: ['Mod+Shift+L'] },
  { id: 'deal.pipeline', menu: 'file', label: 'action.deal.pipeline', shortcuts: ['Mod+Shift+P'] },
  // The review is a weekly look, not an everyday key: a menu entry and the palette.
  { id: 'deal.review', menu: 'file', label: 'action.deal.review', shortcuts: [] },
  // The pipeline screen's exports of the deals its filter selects: weekly, from a dialog; no shortcut.
  { id: 'pipeline.exportPack', menu: 'file', label: 'action.pipeline.exportPack', shortcuts: [] },
  { id: 'pipeline.exportCsv', menu: 'file', label: 'action.pipeline.exportCsv', shortcuts: [] },
  // Sharing is rare and done from a dialog: a menu entry and the palette, no shortcut.
  { id: 'deal.share', menu: 'file', label: 'action.deal.share', shortcuts: [], separatorBefore: true },
  { id: 'team.signIn', menu: 'file', label: 'action.team.signIn', shortcuts: [] },
  // Closing is rare and asks first (the Close deal dialog): a menu entry and the palette, no shortcut.
  { id: 'deal.close', menu: 'file', label: 'action.deal.close', shortcuts: [], separatorBefore: true },
  { id: 'deal.reopen', menu: 'file', label: 'action.deal.reopen', shortcuts: [] },
  { id: 'file.open', menu: 'file', label: 'action.file.open', shortcuts: ['Mod+O'], separatorBefore: true },
  { id: 'file.save', menu: 'file', label: 'action.file.save', shortcuts: ['Mod+S'] },
  { id: 'file.saveAs', menu: 'file', label: 'action.file.saveAs', shortcuts: ['Mod+Shift+S'] },
  // Adding people is rarer than saving: a menu entry, the palette and a toolbar button, no shortcut.
  { id: 'file.importCsv', menu: 'file', label: 'action.file.importCsv', shortcuts: [], separatorBefore: true },
  { id: 'file.export', menu: 'file', label: 'action.file.export', shortcuts: ['Mod+E'], separatorBefore: true },
  { id: 'edit.undo', menu: 'edit', label: 'action.edit.undo', shortcuts: ['Mod+Z'] },
  { id: 'edit.redo', menu: 'edit', label: 'action.edit.redo', shortcuts: ['Mod+Shift+Z', 'Mod+Y'] },
  { id: 'edit.cut', menu: 'edit', label: 'action.edit.cut', shortcuts: ['Mod+X'], separatorBefore: true },
  { id: 'edit.copy', menu: 'edit', label: 'action.edit.copy', shortcuts: ['Mod+C'] },
  { id: 'edit.paste', menu: 'edit', label: 'action.edit.paste', shortcuts: ['Mod+V'] },
  { id: 'edit.delete', menu: 'edit', label: 'action.edit.delete', shortcuts: ['Delete', 'Backspace'] },
  { id: 'edit.selectAll', menu: 'edit', label: 'action.edit.selectAll', shortcuts: ['Mod+A'], separatorBefore: true },
  { id: 'map.addPerson', menu: 'map', label: 'action.map.addPerson', shortcuts: ['N'] },
  { id: 'map.autoLayout', menu: 'map', label: 'action.map.autoLayout', shortcuts: ['Shift+L'] },
  { id: 'map.zoomToFit', menu: 'map', label: 'action.map.zoomToFit', shortcuts: ['Shift+1'], separatorBefore: true },
  { id: 'map.zoomIn', menu: 'map', label: 'action.map.zoomIn', shortcuts: ['+', '='] },
  { id: 'map.zoomOut', menu: 'map', label: 'action.map.zoomOut', shortcuts: ['-'] },
  { id: 'person.attitude.champion', menu: 'person', label: 'action.person.attitude.champion', shortcuts: ['5'] },
  { id: 'person.attitude.supporter', menu: 'person', label: 'action.person.attitude.supporter', shortcuts: ['4'] },
  { id: 'person.attitude.neutral', menu: 'person', label: 'action.person.attitude.neutral', shortcuts: ['3'] },
  { id: 'person.attitude.opponent', menu: 'person', label: 'action.person.attitude.opponent', shortcuts: ['2'] },
  { id: 'person.attitude.blocker', menu: 'person', label: 'action.person.attitude.blocker', shortcuts: ['1'] },
  { id: 'person.attitude.unknown', menu: 'person', label: 'action.person.attitude.unknown', shortcuts: ['0'] },
  {
    id: 'person.closeness.close',
    menu: 'person',
    label: 'action.person.closeness.close',
    shortcuts: ['Shift+4'],
    separatorBefore: true,
  },
  {
    id: 'person.closeness.frequent',
    menu: 'person',
    label: 'action.person.closeness.frequent',
    shortcuts: ['Shift+3'],
  },
  { id: 'person.closeness.distant', menu: 'person', label: 'action.person.closeness.distant', shortcuts: ['Shift+2'] },
  { id: 'person.closeness.none', menu: 'person', label: 'action.person.closeness.none', shortcuts: ['Shift+0'] },
  // Delete and Backspace are Edit › Delete's (people and lines alike); this entry is for people only.
  { id: 'person.delete', menu: 'person', label: 'action.person.delete', shortcuts: [], separatorBefore: true },
  { id: 'whatIf.start', menu: 'map', label: 'action.whatIf.start', shortcuts: ['W'], separatorBefore: true },
  { id: 'whatIf.keep', menu: 'map', label: 'action.whatIf.keep', shortcuts: ['Mod+Enter'] },
  { id: 'whatIf.drop', menu: 'map', label: 'action.whatIf.drop', shortcuts: ['Escape'] },
  {
    id: 'history.snapshot',
    menu: 'map',
    label: 'action.history.snapshot',
    shortcuts: ['Mod+Alt+S'],
    separatorBefore: true,
  },
  { id: 'view.map', menu: 'view', label: 'action.view.map', shortcuts: ['Mod+1'] },
  { id: 'view.grid', menu: 'view', label: 'action.view.grid', shortcuts: ['Mod+2'] },
  { id: 'view.history', menu: 'view', label: 'action.view.history', shortcuts: ['Mod+3'] },
  // Opened beside the map (the person's inspector opens it for that person): no shortcut of its own.
  { id: 'view.trail', menu: 'view', label: 'action.view.trail', shortcuts: [] },
  { id: 'view.language', menu: 'view', label: 'action.view.language', shortcuts: [], separatorBefore: true },
  { id: 'view.palette', menu: 'view', label: 'action.view.palette', shortcuts: ['Mod+K'] },
];

export function actionMeta(id: ActionId): ActionMeta {
  const meta = ACTIONS.find((a) => a.id === id);
  if (!meta) throw new Error(`Unknown action ${id}`);
  return meta;
}

export function isActionId(value: unknown): value is ActionId {
  return typeof value === 'string' && (ACTION_IDS as readonly string[]).includes(value);
}

/** The parts of a shortcut: modifiers, then the key (`+` itself is a key: `Mod++`, `+`). */
export function shortcutParts(shortcut: string): { modifiers: string[]; key: string } {
  if (shortcut === '+') return { modifiers: [], key: '+' };
  const plusKey = shortcut.endsWith('++');
  const parts = (plusKey ? shortcut.slice(0, -2) : shortcut).split('+').filter((p) => p !== '');
  const key = plusKey ? '+' : (parts.pop() ?? '');
  return { modifiers: parts, key };
}

/** The Electron accelerator for a shortcut: `Mod+Shift+Z` → `CmdOrCtrl+Shift+Z`, `+` → `Plus`. */
export function toAccelerator(shortcut: string): string {
  const { modifiers, key } = shortcutParts(shortcut);
  return [...modifiers.map((m) => (m === 'Mod' ? 'CmdOrCtrl' : m)), key === '+' ? 'Plus' : key].join('+');
}
