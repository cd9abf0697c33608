import { describe, expect, it } from 'vitest';
import { pageStateMessage } from '../../../src/background/agent/prompt';

describe('the page state names the tab', () => {
  it('says which tab the page is in, as the browser tools name it', () => {
    const message = pageStateMessage({
      url: 'https://shop.example/',
      title: 'Shop',
      snapshot: 'button "Buy" [ref_1]',
      tabId: '412',
    });
    expect(message).toContain('\nTab: 412 (active)\n');
    expect(pageStateMessage({ url: 'https://shop.example/', title: 'Shop', snapshot: '' })).not.toContain('Tab:');
  });
});
