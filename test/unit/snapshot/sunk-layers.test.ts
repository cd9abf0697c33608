// A positioned element with a negative z-index paints below the backgrounds of its ancestors in the same stacking
// context: sunk under a card's opaque background, its text and controls are offered by no reading, in view or below
// the fold. Sunk under an ancestor that paints nothing, under one that starts its own stacking context (so the element
// paints above that background), or sticking out of the card, it is seen and stays. Real Chromium, the real
// snapshotter.
import { describe, it } from 'vitest';
import { expectOfferedEverywhere, expectOfferedNowhere, type SeenCase } from '../../fixtures/snapshot/exposed';
import { useHarness } from '../../fixtures/snapshot/harness';

const harness = useHarness();

const UNSEEN: SeenCase[] = [
  {
    word: 'sunkincard',
    html: '<div style="position:relative;background:#fff"><div style="position:relative;z-index:-1">{text} {button}</div></div>',
  },
  {
    word: 'sunkdeeper',
    html: '<section style="background:#f4f5f7;border:1px solid #ddd;height:60px"><div><div style="position:absolute;z-index:-5;width:170px">{text} {button}</div></div></section>',
  },
];

const SEEN: SeenCase[] = [
  { word: 'sunkonpage', html: '<div><div style="position:relative;z-index:-1">{text} {button}</div></div>' },
  {
    word: 'ownstack',
    html: '<div style="position:relative;z-index:0;background:#fff"><div style="position:relative;z-index:-1">{text} {button}</div></div>',
  },
  {
    word: 'sticksout',
    html: '<div style="background:#fff;height:4px"><div style="position:relative;z-index:-1;top:8px">{text} {button}</div></div>',
  },
];

describe('sunk below an ancestor by a negative z-index', () => {
  it('is offered by no reading under an opaque background', async () => {
    await expectOfferedNowhere(harness(), UNSEEN);
  });

  it('stays where nothing opaque paints over it', async () => {
    await expectOfferedEverywhere(harness(), SEEN);
  });
});
