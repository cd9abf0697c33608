import { parseKeySequence } from '../../shared/keys';

/**
 * Whether a member call pastes what the clipboard holds into the page: Ctrl/Cmd+V (with Shift too), Shift+Insert, or
 * a middle click (on Linux it pastes the selection). With trusted input these paste for real, so text copied from a
 * field on one site — a secret typed there — could be put into a field of another.
 */
export function pastes(member: string, text: string | undefined): boolean {
  if (member === 'middle_click') return true;
  if (member !== 'key' && member !== 'hold_key') return false;
  let chords: ReturnType<typeof parseKeySequence>;
  try {
    chords = parseKeySequence(text ?? '');
  } catch {
    // The member refuses keys that do not parse, so nothing is pressed.
    return false;
  }
  return chords.some(({ key, modifiers }) => {
    if (key?.code === 'KeyV') return modifiers.includes('ctrl') || modifiers.includes('meta');
    return key?.code === 'Insert' && modifiers.includes('shift');
  });
}
