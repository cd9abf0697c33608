/** CHROME_PATH, else Debian's chromium, else a Chrome or Chromium in the usual places; undefined when none is found. */
export function findChromium(): string | undefined;
