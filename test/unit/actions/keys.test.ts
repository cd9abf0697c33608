import { describe, expect, it } from 'vitest';
import { modifierMask, parseChord, parseKeySequence, parseModifiers } from '../../../src/shared/keys';

describe('key names as the model writes them', () => {
  it('reads xdotool and DOM spellings alike', () => {
    expect(parseChord('Return').key).toMatchObject({ key: 'Enter', code: 'Enter', keyCode: 13, text: '\r' });
    expect(parseChord('BackSpace').key).toMatchObject({ key: 'Backspace', keyCode: 8 });
    expect(parseChord('Page_Down').key).toMatchObject({ key: 'PageDown', keyCode: 34 });
    expect(parseChord('ArrowLeft').key).toMatchObject({ key: 'ArrowLeft', keyCode: 37 });
    expect(parseChord('F5').key).toMatchObject({ key: 'F5', keyCode: 116 });
  });

  it('splits chords and sequences; shift capitalizes a letter', () => {
    expect(parseChord('ctrl+shift+k')).toEqual({
      modifiers: ['ctrl', 'shift'],
      key: expect.objectContaining({ key: 'K', code: 'KeyK', text: 'K' }),
    });
    expect(parseChord('cmd+a').modifiers).toEqual(['meta']);
    expect(parseChord('ctrl++').key).toMatchObject({ key: '+' });
    expect(parseChord('shift').key).toMatchObject({ key: 'Shift' });
    expect(parseKeySequence('Tab Tab Enter').map((chord) => chord.key?.key)).toEqual(['Tab', 'Tab', 'Enter']);
  });

  it('refuses what is not a key, with a message for the model', () => {
    expect(() => parseChord('ctrl+banana')).toThrow(/"banana" is not a key name/);
    expect(() => parseKeySequence('  ')).toThrow(/No key given/);
    expect(() => parseModifiers('ctrl+hyper')).toThrow(/"hyper" is not a modifier key/);
  });

  it('maps modifiers to the debugger bit mask', () => {
    expect(modifierMask(parseModifiers('alt+ctrl+cmd+shift'))).toBe(15);
  });
});
