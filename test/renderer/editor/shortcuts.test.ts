import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../shared/actions/catalog';
import {
  actionForKey,
  belongsToTextField,
  matches,
  shortcutLabel,
  type KeyPress,
} from '../../../renderer/actions/shortcuts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: /^\d$/.test(key) ? `Digit${key}` : `Key${key.toUpperCase()}`,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...extra,
});

describe('shortcuts', () => {
  it('maps Ctrl on Linux and Windows, Cmd on a Mac', () => {
    expect(actionForKey(press('z', { ctrlKey: true }), false)).toBe('edit.undo');
    expect(actionForKey(press('z', { metaKey: true }), true)).toBe('edit.undo');
    expect(actionForKey(press('z', { metaKey: true }), false)).toBeNull();
    expect(actionForKey(press('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('edit.redo');
    expect(actionForKey(press('y', { ctrlKey: true }), false)).toBe('edit.redo');
  });

  it('sets attitude with the digits and closeness with Shift+digit, whatever the layout types', () => {
    expect(actionForKey(press('5'), false)).toBe('person.attitude.champion');
    expect(actionForKey(press('0'), false)).toBe('person.attitude.unknown');
    // Shift+4 types "$" on a US layout; the physical key decides.
    expect(actionForKey(press('$', { code: 'Digit4', shiftKey: true }), false)).toBe('person.closeness.close');
  });

  it('gives each shortcut to one action only', () => {
    const seen = new Map<string, string>();
    for (const action of ACTIONS) {
      for (const shortcut of action.shortcuts) {
        expect(seen.get(shortcut), `${shortcut} is used by ${seen.get(shortcut)} and ${action.id}`).toBeUndefined();
        seen.set(shortcut, action.id);
      }
    }
  });

  it('does not fire a plain key with a modifier held', () => {
    expect(matches(press('n', { ctrlKey: true }), 'N', false)).toBe(false);
    expect(actionForKey(press('n'), false)).toBe('map.addPerson');
  });

  it('leaves typing in text fields alone, but not Escape', () => {
    const input = { tagName: 'INPUT', type: 'text' };
    expect(belongsToTextField(press('Backspace', { code: 'Backspace' }), input, false)).toBe(true);
    expect(belongsToTextField(press('3'), input, false)).toBe(true);
    expect(belongsToTextField(press('z', { ctrlKey: true }), input, false)).toBe(true);
    expect(belongsToTextField(press('Escape', { code: 'Escape' }), input, false)).toBe(false);
    expect(belongsToTextField(press('s', { ctrlKey: true }), input, false)).toBe(false);
    expect(belongsToTextField(press('3'), { tagName: 'INPUT', type: 'checkbox' }, false)).toBe(false);
    expect(belongsToTextField(press('3'), { tagName: 'DIV' }, false)).toBe(false);
  });

  it('reads shortcuts the way each platform writes them', () => {
    expect(shortcutLabel('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(shortcutLabel('Mod+Shift+Z', true)).toBe('⌘⇧Z');
  });
});

describe('accelerators', () => {
  it('writes the plus key as Plus for Electron', async () => {
    const { toAccelerator } = await import('../../../shared/actions/catalog');
    expect(toAccelerator('+')).toBe('Plus');
    expect(toAccelerator('Mod++')).toBe('CmdOrCtrl+Plus');
    expect(toAccelerator('Mod+Shift+Z')).toBe('CmdOrCtrl+Shift+Z');
    expect(toAccelerator('Shift+1')).toBe('Shift+1');
  });

  it('knows a Mac by the browser name and by the desktop shell name', async () => {
    const { isMacPlatform } = await import('../../../renderer/platform/isMacPlatform');
    expect(isMacPlatform('MacIntel')).toBe(true);
    expect(isMacPlatform('darwin')).toBe(true);
    expect(isMacPlatform('Linux x86_64')).toBe(false);
  });
});
