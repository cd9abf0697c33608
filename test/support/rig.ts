import { TabwrightClient, type TabwrightClientOptions } from '../../src/sdk/index';
import { chromiumPath, configureThroughOptions, DIST, type ExtensionBrowser, launchExtension } from './browser';
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
  const servers = await startServerRig(options);
  let browser: ExtensionBrowser | undefined;
  try {
    browser = await launchExtension();
    const configure = options.configure ?? { apiKey: 'sk-test-key', model: 'claude-sonnet-5-5' };
    if (configure) await configureThroughOptions(browser, { ...configure, baseUrl: servers.model.url });
  } catch (error) {
    await browser?.close();
    await servers.close();
    throw error;
  }
  const launched = browser;
  return {
    browser: launched,
    ...servers,
    close: async () => {
      await launched.close();
      await servers.close();
    },
  };
}

/**
 * The product as a script has it, for one test file: a TabwrightClient that launched its own Chromium with the built
 * extension and paired with it, talking to the scripted model; and the fixture pages on 127.0.0.1. Closing closes
 * the client (and so its browser), then the servers.
 */
export interface ClientRig {
  client: TabwrightClient;
  model: ModelServer;
  pages: PageServer;
  close(): Promise<void>;
}

export interface ClientRigOptions {
  model?: ModelServerOptions;
  /** More client options (allowJavaScript, timeouts); launch, API key and base URL are the rig's. */
  client?: Omit<TabwrightClientOptions, 'launch' | 'baseUrl'>;
}

export async function startClientRig(options: ClientRigOptions = {}): Promise<ClientRig> {
  const servers = await startServerRig(options);
  let client: TabwrightClient;
  try {
    client = await launchClient(servers.model, options.client);
  } catch (error) {
    await servers.close();
    throw error;
  }
  return {
    client,
    ...servers,
    close: async () => {
      await client.close();
      await servers.close();
    },
  };
}

/** A TabwrightClient that launched its own Chromium with the built extension and paired with it. */
export async function launchClient(
  model: ModelServer,
  options: ClientRigOptions['client'] = {},
): Promise<TabwrightClient> {
  const client = new TabwrightClient({
    launch: { extensionPath: DIST, chromePath: chromiumPath() },
    apiKey: 'sk-test',
    ...options,
    baseUrl: model.url,
  });
  try {
    await client.connect();
  } catch (error) {
    await client.close();
    throw error;
  }
  return client;
}

/**
 * The environment for a CLI child process (`tabwright run`, `tabwright serve`) that launches its own Chromium with
 * the built extension, pointed at the scripted model.
 */
export function launchingCliEnv(model: ModelServer): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ANTHROPIC_API_KEY: 'sk-test',
    ANTHROPIC_BASE_URL: model.url,
    TABWRIGHT_DIST: DIST,
    CHROME_PATH: chromiumPath(),
  };
}

/** The scripted model server and the fixture pages on 127.0.0.1, for a test file whose program launches itself. */
export interface ServerRig {
  model: ModelServer;
  pages: PageServer;
  close(): Promise<void>;
}

export async function startServerRig(
  options: { model?: ModelServerOptions; pagesRoot?: string } = {},
): Promise<ServerRig> {
  const [model, pages] = await Promise.all([
    startModelServer(options.model),
    options.pagesRoot ? startPageServer(options.pagesRoot) : startPageServer(),
  ]);
  return { model, pages, close: async () => void (await Promise.all([model.close(), pages.close()])) };
}
