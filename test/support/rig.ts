import { configureThroughOptions, type ExtensionBrowser, launchExtension } from './browser';
import { type ModelServer, type ModelServerOptions, startModelServer } from './model-server';
import { type PageServer, startPageServer } from './page-server';

/**
 * The product as a person has it, for one test file: the built extension in real headless Chromium, the scripted
 * model server, and the fixture pages on 127.0.0.1. Closing stops all three, browser first.
 */
export interface ExtensionRig {
  browser: ExtensionBrowser;
  model: ModelServer;
  pages: PageServer;
  close(): Promise<void>;
}

export interface RigOptions {
  model?: ModelServerOptions;
  /** The fixture pages directory, for callers bundled elsewhere (the bench). */
  pagesRoot?: string;
  /**
   * Settings saved through the real options page, pointed at the model server; false leaves the extension as
   * installed (for tests that set settings themselves). Default: a test key and the default model.
   */
  configure?: { apiKey: string; model?: string } | false;
}

export async function startExtensionRig(options: RigOptions = {}): Promise<ExtensionRig> {
  const [model, pages] = await Promise.all([
    startModelServer(options.model),
    options.pagesRoot ? startPageServer(options.pagesRoot) : startPageServer(),
  ]);
  const close = async (browser?: ExtensionBrowser) => {
    await browser?.close();
    await Promise.all([model.close(), pages.close()]);
  };
  let browser: ExtensionBrowser | undefined;
  try {
    browser = await launchExtension();
    const configure = options.configure ?? { apiKey: 'sk-test-key', model: 'claude-sonnet-5-5' };
    if (configure) await configureThroughOptions(browser, { ...configure, baseUrl: model.url });
  } catch (error) {
    await close(browser);
    throw error;
  }
  const launched = browser;
  return { browser: launched, model, pages, close: () => close(launched) };
}
