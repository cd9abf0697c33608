// find matches the words people use for a control, not only the page's own: "delete" finds a Remove button and a
// button drawn as a trash can, "cart" a Basket link. The page's own word still ranks first. Real Chromium.
import { expect, it } from 'vitest';
import { find, page, useHarness } from '../../fixtures/snapshot/harness';

const harness = useHarness();

const SHOP = page(`<style>.fa-trash::before { content: "\\f1f8"; }</style>
  <a href="/basket">Basket (2)</a>
  <button>Remove item</button>
  <button><i class="fa fa-trash"></i></button>
  <button>Continue to payment</button>
  <button>Delete account</button>
  <button>Save draft</button>`);

it('finds a control by a word people use for it, after the controls that use the word itself', async () => {
  const p = await harness().open(SHOP);
  const basket = await find(p, 'cart');
  expect(basket).toMatch(/link "Basket \(2\)" \[ref_\w+\]/);
  // The page's own word ranks first: "delete item" is the Remove item button, "delete" the Delete account one.
  expect((await find(p, 'delete item')).split('\n')[1]).toMatch(/^button "Remove item" \[ref_\w+\]$/);
  const deleting = await find(p, 'delete');
  expect(deleting.split('\n')[1]).toMatch(/^button "Delete account" \[ref_\w+\]$/);
  expect(deleting).not.toContain('Remove item');
  // With no control using the word, every one meaning it is offered, the icon drawn as a trash can too.
  const discarding = await find(p, 'discard');
  for (const line of [/button "Remove item"/, /button \[ref_\w+\] icon="trash"/, /button "Delete account"/])
    expect(discarding).toMatch(line);
  expect(discarding).not.toContain('Save draft');
  expect(await find(p, 'next')).toMatch(/button "Continue to payment" \[ref_\w+\]/);
});
