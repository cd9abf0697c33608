import { describe, expect, it } from 'vitest';
import { isFromExtensionPage } from '../../../src/background/message-sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const check = (sender: chrome.runtime.MessageSender) => isFromExtensionPage(sender, ID, ORIGIN);

describe('who may command the agent', () => {
  it('accepts Tabwright pages (panel, popup, options, even opened as a tab)', () => {
    expect(check({ id: ID, url: `${ORIGIN}src/ui/sidepanel/index.html`, origin: `chrome-extension://${ID}` })).toBe(
      true,
    );
    expect(check({ id: ID, url: `${ORIGIN}src/ui/options/index.html`, tab: { id: 4 } as chrome.tabs.Tab })).toBe(true);
  });

  it("refuses the extension's own content scripts, which run inside web pages", () => {
    expect(
      check({
        id: ID,
        url: 'https://evil.example/page',
        origin: 'https://evil.example',
        tab: { id: 9 } as chrome.tabs.Tab,
        frameId: 0,
      }),
    ).toBe(false);
  });

  it('refuses other extensions and senders that fake a URL', () => {
    expect(check({ id: 'otherextensionidotherextensionid', url: `${ORIGIN}src/ui/sidepanel/index.html` })).toBe(false);
    expect(check({ id: ID, url: `${ORIGIN}x`, origin: 'https://evil.example' })).toBe(false);
    expect(check({ id: ID })).toBe(false);
  });
});
