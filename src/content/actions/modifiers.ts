export type Modifiers = readonly string[];

const ALIASES: Record<string, 'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey'> = {
  ctrl: 'ctrlKey',
  control: 'ctrlKey',
  shift: 'shiftKey',
  alt: 'altKey',
  option: 'altKey',
  meta: 'metaKey',
  cmd: 'metaKey',
  command: 'metaKey',
  super: 'metaKey',
  win: 'metaKey',
};

export function isModifier(key: string): boolean {
  return key.toLowerCase() in ALIASES;
}

export function modifierFlags(modifiers: Modifiers) {
  const flags = { ctrlKey: false, shiftKey: false, altKey: false, metaKey: false };
  for (const key of modifiers) {
    const flag = ALIASES[key.toLowerCase()];
    if (flag) flags[flag] = true;
  }
  return flags;
}
