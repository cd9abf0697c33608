// clip-path shapes that enclose no area cut everything away even when their points span the box: a polygon whose
// points lie on one line (a triangle folded flat) and a path() of straight lines that closes on itself. What they
// hold is offered by no reading; half a box cut on its diagonal and a path that encloses a shape show their content. Real Chromium,
// the real snapshotter.
import { describe, it } from 'vitest';
import { expectOfferedEverywhere, expectOfferedNowhere, type SeenCase } from '../../fixtures/snapshot/exposed';
import { useHarness } from '../../fixtures/snapshot/harness';

const harness = useHarness();

const UNSEEN: SeenCase[] = [
  { word: 'foldedpolygon', html: '<div style="clip-path:polygon(0 0,100% 100%,50% 50%)">{text} {button}</div>' },
  { word: 'linepath', html: `<div style="clip-path:path('M 0 0 L 190 64 L 0 0 Z')">{text} {button}</div>` },
  { word: 'pointpath', html: `<div style="clip-path:path('M0 0')">{text} {button}</div>` },
  { word: 'flatpath', html: `<div style="clip-path:path('M 0 10 H 190 H 0 Z')">{text} {button}</div>` },
];

const SEEN: SeenCase[] = [
  { word: 'halftriangle', html: '<div style="clip-path:polygon(0 0,100% 0,0 100%)">{text} {button}</div>' },
  { word: 'boxpath', html: `<div style="clip-path:path('M 0 0 H 190 V 64 H 0 Z')">{text} {button}</div>` },
  { word: 'curvepath', html: `<div style="clip-path:path('M 0 0 C 10 80 180 80 190 0 Z')">{text} {button}</div>` },
];

describe('clip-path shapes that enclose no area', () => {
  it('hide what they hold from every reading', async () => {
    await expectOfferedNowhere(harness(), UNSEEN);
  });

  it('leave content shown when the shape encloses some of it', async () => {
    await expectOfferedEverywhere(harness(), SEEN);
  });
});
