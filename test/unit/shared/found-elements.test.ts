// find's reply from the findings of several documents (the top one and its cross-origin frames): one ranking, one
// cutoff, controls before text, and the elements counted across all of them when nothing matches.
import { describe, expect, it } from 'vitest';
import { describeFound, FIND_LIMIT, type Found } from '../../../src/shared/found-elements';

const found = (matches: Array<[number, string]>, text = false, among = 10): Found => ({
  matches: matches.map(([score, line]) => ({ score, line, ref: /\[(ref_\w+)\]/.exec(line)?.[1] })),
  text,
  among,
});

describe('describeFound', () => {
  it("ranks every document's matches together, ties in document order, and drops what scores under half the best", () => {
    const top = found([
      [5, 'button "Pay later" [ref_3]'],
      [2, 'link "Help" [ref_9]'],
    ]);
    const frame = found([
      [9, 'textbox "Card number" [ref_f7_1]'],
      [5, 'button "Pay" [ref_f7_2]'],
    ]);
    expect(describeFound('pay with card', [top, frame]).split('\n')).toEqual([
      '3 matches for "pay with card", best first:',
      'textbox "Card number" [ref_f7_1]',
      'button "Pay later" [ref_3]',
      'button "Pay" [ref_f7_2]',
    ]);
  });

  it('takes text only where no document had a control to match, and counts every element when none matches', () => {
    const top = found([[8, 'paragraph "Total 1,200" [ref_4]']], true, 40);
    const frame = found([[2, 'button "Total" [ref_f3_1]']], false, 5);
    expect(describeFound('total', [top, frame])).toContain('button "Total" [ref_f3_1]');
    expect(describeFound('total', [top, frame])).not.toContain('Total 1,200');
    expect(describeFound('total', [found([], true, 40), found([], false, 5)])).toBe(
      'No element matches "total" among 45 elements. Try other words, or read_page.',
    );
  });

  it('keeps at most the limit, and the drag points of the matches it keeps only', () => {
    const many = found(
      Array.from({ length: FIND_LIMIT }, (_, i) => [5, `button "Row ${i}" [ref_${i}]`] as [number, string]),
    );
    const frame = found([[5, 'button "Row in frame" [ref_f2_1]']]);
    frame.matches[0]!.points = 'ref_f2_1: centre (10, 20)';
    many.matches[0]!.points = 'ref_0: centre (1, 2)';
    const reply = describeFound('row', [many, frame]);
    expect(reply).toContain(`${FIND_LIMIT} matches`);
    expect(reply).not.toContain('Row in frame');
    expect(reply).toMatch(/Drag points \(viewport pixels[^\n]*\nref_0: centre \(1, 2\)$/);
  });
});
