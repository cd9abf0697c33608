// Text a page chose, in the forms a person reads the same: fullwidth letters, letters with marks, invisible format
// characters (zero-width spaces, soft hyphens) and Cyrillic or Greek letters drawn like Latin ones all read as the
// plain Latin word. A guard that matches words matches every form, so "Dеlete" with a Cyrillic е, "Del\u200Bete"
// and "Ｄｅｌｅｔｅ" are the "Delete" a person sees.

/** Cyrillic and Greek letters drawn like Latin ones. NFKC does not fold them, so they are mapped here. */
const LOOK_ALIKE_LETTERS = new Map(
  Object.entries({
    a: 'аαАΑ',
    b: 'ВΒЬ',
    c: 'сСϲ',
    d: 'ԁ',
    e: 'еЕεΕ',
    g: 'ɡ',
    h: 'һНΗ',
    i: 'іІιΙı',
    j: 'јЈ',
    k: 'кКκΚ',
    l: 'ӏ',
    m: 'мМΜ',
    n: 'пΝ',
    o: 'оОοΟσ',
    p: 'рРρΡ',
    q: 'ԛ',
    r: 'г',
    s: 'ѕЅ',
    t: 'тТτΤ',
    u: 'υ',
    v: 'νѵ',
    w: 'ѡ',
    x: 'хХχΧ',
    y: 'уУΥ',
    z: 'Ζ',
  }).flatMap(([latin, others]) => Array.from(others, (other) => [other, latin] as const)),
);

/** Compatibility forms folded (fullwidth, ligatures) and invisible format characters gone; scripts and marks kept. */
export function visibleText(text: string): string {
  return text.normalize('NFKC').replace(/\p{Cf}/gu, '');
}

/** Then without marks: "Délete" and "löschen" read "Delete" and "loschen". */
export function marklessText(text: string): string {
  return visibleText(text).normalize('NFD').replace(/\p{M}/gu, '');
}

/** Then with look-alike letters as the Latin ones they are drawn like. */
export function latinText(text: string): string {
  return Array.from(marklessText(text), (char) => LOOK_ALIKE_LETTERS.get(char) ?? char).join('');
}

/** Every form a word guard must read: as written (Japanese keeps its voiced marks), without marks, and in Latin. */
export function foldedForms(text: string): string[] {
  return [visibleText(text), marklessText(text), latinText(text)];
}

/**
 * Letters spaced out one by one ("D e l e t e", "D-e-l-e-t-e", or inline-block letters whose name reads so) are a
 * word; one separator joins, a wider gap stays a space between words.
 */
const SPACED_OUT = /(?<![\p{L}\p{N}])\p{L}(?:[\s.\-_·•*|/]\p{L}(?![\p{L}\p{N}])){2,}/gu;
const joinLetters = (run: string): string => run.replace(/[^\p{L}]/gu, '');

/** Each run of spaced-out letters in `text`, joined: "D e l e t e a c c o u n t" is "Deleteaccount". */
export function spacedOutRuns(text: string): string[] {
  return Array.from(text.matchAll(SPACED_OUT), ([run]) => joinLetters(run));
}

/**
 * Every form a word that makes an action high-stakes may take, the text read backwards too: a page can store
 * "tnuocca eteleD" and draw it as "Delete account" (`unicode-bidi: bidi-override`, or a right-to-left override
 * character, which visibleText drops); and with spaced-out letters joined ("D e l e t e  a c c o u n t").
 */
export function wordForms(text: string): string[] {
  const forms = foldedForms(text);
  const latin = forms[2]!;
  const unspaced = latin.replace(SPACED_OUT, joinLetters);
  return [...forms, Array.from(latin).reverse().join(''), ...(unspaced === latin ? [] : [unspaced])];
}
