// How many tokens a text costs the model, estimated the way BPE tokenizers cut text: it tracks o200k within
// -1%..+10% on the snapshot benchmark's pages, where chars/4 is off by up to -35%. One estimate for every part of
// Tabwright that budgets tokens (the snapshot, the conversation), so their budgets mean the same thing.

// Pieces as BPE cuts them: leading indentation; a 1-3 digit group (a space before digits is a
// token of its own); a letter run (one token when it follows a space or quote and is short, a
// token per ~3.5 letters when glued to a dot, dash or underscore as in host names); any other
// symbol.
const PIECE = /(^[ \t]+)|( ?)(\d{1,3})|([.\-_/]?)([A-Za-z]+)|([^\sA-Za-z\d])/gm;

export function estimateTokens(text: string): number {
  let tokens = 0;
  for (const m of text.matchAll(PIECE)) {
    if (m[1]) tokens += 1;
    else if (m[3]) tokens += m[2] ? 2 : 1;
    else if (m[5]) {
      const word = m[5];
      if (m[4]) tokens += Math.ceil(word.length / 3.5);
      else tokens += word.length > 7 ? Math.ceil(word.length / 6) : 1;
    } else tokens += 1;
  }
  return tokens;
}
