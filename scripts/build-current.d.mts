/** True when `root`/dist holds a build newer than every source of it. */
export function buildIsCurrent(root: string): boolean;
