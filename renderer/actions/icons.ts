/**
 * The icon of each action that has one (lucide, https://lucide.dev): one place, so the
 * toolbar and anything else that shows an action draws the same picture. Each icon is
 * imported from its own module, so the bundle holds only these. Icons draw with
 * `currentColor`, so they follow the text colour of the theme.
 */
import type { LucideIcon } from 'lucide-react';
import ArrowLeft from 'lucide-react/icons/arrow-left';
import Camera from 'lucide-react/icons/camera';
import Contact from 'lucide-react/icons/contact';
import FlaskConical from 'lucide-react/icons/flask-conical';
import Grid2x2 from 'lucide-react/icons/grid-2x2';
import History from 'lucide-react/icons/history';
import Languages from 'lucide-react/icons/languages';
import Maximize from 'lucide-react/icons/maximize';
import Network from 'lucide-react/icons/network';
import Redo2 from 'lucide-react/icons/redo-2';
import Save from 'lucide-react/icons/save';
import Share from 'lucide-react/icons/share';
import Undo2 from 'lucide-react/icons/undo-2';
import UserPlus from 'lucide-react/icons/user-plus';
import Waypoints from 'lucide-react/icons/waypoints';
import type { ActionId } from '../../shared/actions/catalog';

export const ACTION_ICONS = {
  'deal.library': ArrowLeft,
  'edit.undo': Undo2,
  'edit.redo': Redo2,
  'map.addPerson': UserPlus,
  'map.autoLayout': Network,
  'map.zoomToFit': Maximize,
  'view.map': Waypoints,
  'view.grid': Grid2x2,
  'view.history': History,
  // An experiment, not a question mark: "?" read as Help.
  'whatIf.start': FlaskConical,
  'history.snapshot': Camera,
  // Save, import contacts and export: a disk, an address card, a box with an arrow out.
  'file.save': Save,
  'file.importCsv': Contact,
  'file.export': Share,
  'view.language': Languages,
} as const satisfies Partial<Record<ActionId, LucideIcon>>;

export type IconActionId = keyof typeof ACTION_ICONS;

/** The actions the toolbar shows as a button with an icon and a word (`toolbar.<id>`). */
export const TOOLBAR_ACTIONS = [
  'edit.undo',
  'edit.redo',
  'map.addPerson',
  'map.autoLayout',
  'map.zoomToFit',
  'view.map',
  'view.grid',
  'view.history',
  'whatIf.start',
  'history.snapshot',
  'file.save',
  'file.importCsv',
  'file.export',
] as const satisfies readonly IconActionId[];
export type ToolbarActionId = (typeof TOOLBAR_ACTIONS)[number];
